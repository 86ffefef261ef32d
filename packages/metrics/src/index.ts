// @meridian-cx/metrics: public surface, re-exported by name.
export const PACKAGE_NAME = '@meridian-cx/metrics';
