/** This package's version; a test keeps it equal to `version` in package.json. */
export const SDK_VERSION = '0.1.0';

/** The product token the SDK sends in `X-AIVA-SDK` (and in `User-Agent` where a runtime lets it). */
export const SDK_PRODUCT = `aiva-sdk-js/${SDK_VERSION}`;
