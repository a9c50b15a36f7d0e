export { canonicalJson } from './canonicalJson';
export { auditRecord, type AuditRecord } from './auditRecord';
