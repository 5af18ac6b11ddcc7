export const APP_CONFIG = Symbol('APP_CONFIG');
export const POLICY = Symbol('POLICY');
export const REDIS = Symbol('REDIS');
