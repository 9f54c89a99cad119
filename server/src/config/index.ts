/** Configuration: `.sxslint.jsonc`, inline suppression comments, and baselines. Pure functions over strings. */
export * from './jsonc';
export * from './glob';
export * from './configFile';
export * from './suppressions';
export * from './baseline';
