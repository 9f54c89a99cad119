/**
 * When the extension's code began to load: imported first by the entry point, so that the bundle evaluates it
 * before everything else, and activation can log how long loading the code took.
 */
export const codeLoadStarted = Date.now();
