/**
 * The app's URL: one schema (schema.ts) for the query and the fragment, the position by ids
 * (position.ts, with old numeric links resolved by legacy.ts), links (link.ts) and the model
 * packed for the fragment (deflate.ts). Framework-free; the store's synchronisation uses it.
 */
export * from './schema';
export * from './read';
export * from './position';
export * from './legacy';
export * from './link';
export { decodeModelLink, decodeModelQuery, encodeModelLink, encodedModelLink } from './deflate';
