// The recording fake lives in src/hosts/excel/_lib/recording-context.ts so the compiled bench can count syncs with it.
export * from "../../src/hosts/excel/_lib/recording-context";
