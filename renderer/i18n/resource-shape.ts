/** The shape of a resource bundle: the same nested keys as the Chinese one, any strings. Keeps en.ts complete. */
export type ResourceShape<T> = { [K in keyof T]: T[K] extends string ? string : ResourceShape<T[K]> };
