// @meridian-cx/returns: public surface, re-exported by name.
export const PACKAGE_NAME = '@meridian-cx/returns';
