// @meridian-cx/tickets: public surface, re-exported by name.
export const PACKAGE_NAME = '@meridian-cx/tickets';
