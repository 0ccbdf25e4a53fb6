// The section ids live with the transcript model (lib/transcript/section-ids.ts): the library links to them too.
export { sectionId, sectionIds, sectionIndexFromHash } from '../../lib/transcript/section-ids';
