export declare const CHROMIUM_ARGS: string[];
export declare const findSystemChromium: () => string | undefined;
