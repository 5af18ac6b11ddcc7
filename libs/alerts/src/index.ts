export * from './queues';
export * from './messages';
export * from './signature';
export * from './outbound';
export * from './channels';
