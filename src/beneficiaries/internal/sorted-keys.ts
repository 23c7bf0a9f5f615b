// Operations on ascending arrays of whole-number keys (person or household keys).

/** Removes repeats from an ascending array in place; returns the unique prefix as a view. */
export function compactUnique(sorted: Float64Array): Float64Array {
  let kept = 0;
  for (let index = 0; index < sorted.length; index++) {
    const key = sorted[index] as number;
    if (kept === 0 || key !== sorted[kept - 1]) sorted[kept++] = key;
  }
  return sorted.subarray(0, kept);
}

/** The union of two ascending unique arrays, ascending and unique. */
export function unionSortedKeys(first: Float64Array, second: Float64Array): Float64Array {
  const union = new Float64Array(first.length + second.length);
  let left = 0;
  let right = 0;
  let size = 0;
  while (left < first.length && right < second.length) {
    const a = first[left] as number;
    const b = second[right] as number;
    if (a <= b) left++;
    if (b <= a) right++;
    union[size++] = a <= b ? a : b;
  }
  while (left < first.length) union[size++] = first[left++] as number;
  while (right < second.length) union[size++] = second[right++] as number;
  return size === union.length ? union : union.slice(0, size);
}

/** Whether `key` is in an ascending array (binary search). */
export function hasSortedKey(sorted: Float64Array, key: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle] as number;
    if (found === key) return true;
    if (found < key) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Whether every key of `subset` is in `superset` (both ascending and unique). */
export function isSortedSubset(subset: Float64Array, superset: Float64Array): boolean {
  let place = 0;
  for (let index = 0; index < subset.length; index++) {
    const key = subset[index] as number;
    while (place < superset.length && (superset[place] as number) < key) place++;
    if (place >= superset.length || superset[place] !== key) return false;
  }
  return true;
}
