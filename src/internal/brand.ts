declare const brand: unique symbol;

/** A `T` that only the library's constructors produce, so one kind of identifier cannot stand for another. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };
