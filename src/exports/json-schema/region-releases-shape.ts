import * as z from 'zod';
import { regionCodeField } from '../../model/schemas/fields.js';
import { REVISION } from '../../regions/create-region-registry.js';

// parseRegionRegistry checks the releases by hand; this says the same of their JSON form, for the JSON Schema
// only (the parity test holds the two together). Releases and entries may carry other fields, which it ignores.
const revision = /* @__PURE__ */ z.string().regex(REVISION);
const codeAsNumber = /* @__PURE__ */ z.int().min(110_000).max(829_999);
const name = /* @__PURE__ */ z.string().regex(/\S/);

/** The JSON form of the releases {@link parseRegionRegistry} reads. @internal */
export const regionReleasesShape = /* @__PURE__ */ z
  .array(z.object({ revision, entries: z.array(z.object({ code: z.union([regionCodeField, codeAsNumber]), name })) }))
  .min(1);
