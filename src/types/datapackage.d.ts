// The Frictionless project's JavaScript library ships no types; only `validate` is used (in tests).
declare module "datapackage" {
  const datapackage: { validate(descriptor: unknown): Promise<{ valid: boolean; errors: Error[] }> };
  export default datapackage;
}
