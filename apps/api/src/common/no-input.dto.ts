/** The body of a step that takes no input: any field sent is refused (400) rather than silently ignored. */
export class NoInputDto {}
