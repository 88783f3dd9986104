export * from './sections';
export * from './requirements';
export * from './experience';
export * from './language';
export * from './title';
export * from './contact';
export * from './resume';
export * from './redact';
