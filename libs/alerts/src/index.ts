export * from './queues';
export * from './messages';
export * from './signature';
