// Types of scripts/start.js (plain CommonJS, run by node without a build).
export declare function webInstructions(platform: string): string[];
