export { sha256 } from './sha256';
export { canonicalJson } from './canonicalJson';
export { auditRecord, type AuditRecord } from './auditRecord';
