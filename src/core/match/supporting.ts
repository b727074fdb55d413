// Services that usually appear as a setting of another service: "vpc access for our opensearch
// domain", "sse-kms on our buckets", "nsgs on our vms". Beside another service they describe
// it (and point at an area), so they are not a second subject.
export const SUPPORTING_SERVICES: ReadonlySet<string> = new Set([
  "aws-vpc",
  "azure-virtual-network",
  "aws-kms",
  "gcp-cloud-kms",
  "azure-key-vault",
  "aws-iam",
  "azure-entra-id",
]);

/** Key services name the encryption of another service: "sse-kms on our buckets" is about the bucket. */
export const KEY_SERVICES: ReadonlySet<string> = new Set([
  "aws-kms",
  "gcp-cloud-kms",
  "azure-key-vault",
]);
