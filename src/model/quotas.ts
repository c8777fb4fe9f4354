/** AWS IoT API rate quotas: what the emulator enforces and what ddac's client paces itself at. */
import type { OperationName } from './iot-model.js'

/**
 * The response header on every answer of ddac's emulator: `enforced` when it throttles at these quotas
 * (`ddac local --throttle`), `none` when it never throttles, so ddac's client need not pace itself there.
 */
export const QUOTAS_HEADER = 'x-ddac-quotas'

/**
 * API rate quotas (requests per second, not adjustable). Device Defender operations: the AWS General
 * Reference page iot_device_defender.html (NOTES.md §11): Create/Update/Delete/Attach/Detach/Validate 10,
 * Describe* 25, scheduled audits and the account audit configuration 5, List* 10. The registry operations
 * come from the AWS IoT Core quotas page (iot-core.html, "API throttling limits"), which NOTES.md does not
 * copy: those values are UNVERIFIED here.
 */
export const TPS_QUOTAS: Readonly<Record<OperationName, number>> = {
  CreateSecurityProfile: 10,
  UpdateSecurityProfile: 10,
  DescribeSecurityProfile: 25,
  DeleteSecurityProfile: 10,
  ListSecurityProfiles: 10,
  ListSecurityProfilesForTarget: 10,
  AttachSecurityProfile: 10,
  DetachSecurityProfile: 10,
  ListTargetsForSecurityProfile: 10,
  ValidateSecurityProfileBehaviors: 10,
  GetBehaviorModelTrainingSummaries: 10,
  ListActiveViolations: 10,
  ListViolationEvents: 10,
  PutVerificationStateOnViolation: 10,
  CreateMitigationAction: 10,
  DescribeMitigationAction: 25,
  UpdateMitigationAction: 10,
  DeleteMitigationAction: 10,
  ListMitigationActions: 10,
  StartDetectMitigationActionsTask: 10,
  DescribeDetectMitigationActionsTask: 25,
  ListDetectMitigationActionsExecutions: 10,
  StartOnDemandAuditTask: 10,
  DescribeAuditTask: 25,
  ListAuditTasks: 10,
  ListAuditFindings: 10,
  DescribeAccountAuditConfiguration: 5,
  UpdateAccountAuditConfiguration: 5,
  CreateScheduledAudit: 5,
  UpdateScheduledAudit: 5,
  DescribeScheduledAudit: 5,
  DeleteScheduledAudit: 5,
  ListScheduledAudits: 5,
  CreateCustomMetric: 10,
  DescribeCustomMetric: 25,
  UpdateCustomMetric: 10,
  DeleteCustomMetric: 10,
  ListCustomMetrics: 10,
  CreateDimension: 10,
  DescribeDimension: 25,
  UpdateDimension: 10,
  DeleteDimension: 10,
  ListDimensions: 10,
  TagResource: 10,
  UntagResource: 10,
  ListTagsForResource: 10,
  // AWS IoT Core registry and security operations (UNVERIFIED, see above)
  DescribeEndpoint: 10,
  CreateThing: 100,
  DescribeThing: 350,
  DeleteThing: 100,
  ListThings: 10,
  CreateThingGroup: 25,
  DescribeThingGroup: 100,
  DeleteThingGroup: 25,
  UpdateThingGroup: 25,
  ListThingGroups: 10,
  ListThingsInThingGroup: 25,
  ListThingGroupsForThing: 100,
  AddThingToThingGroup: 100,
  RemoveThingFromThingGroup: 100,
  CreateKeysAndCertificate: 10,
  CreateCertificateFromCsr: 10,
  DescribeCertificate: 10,
  UpdateCertificate: 10,
  DeleteCertificate: 10,
  ListCertificates: 10,
  AttachThingPrincipal: 15,
  DetachThingPrincipal: 15,
  ListThingPrincipals: 10,
  ListPrincipalThings: 10,
  CreatePolicy: 10,
  GetPolicy: 15,
  DeletePolicy: 10,
  ListPolicies: 10,
  AttachPolicy: 15,
  DetachPolicy: 15,
  ListTargetsForPolicy: 10,
  ListAttachedPolicies: 15,
  // UNVERIFIED, like the registry operations: CancelAuditTask as Device Defender's other writes.
  CancelAuditTask: 10,
  GetLoggingOptions: 2,
  SetLoggingOptions: 2,
  GetV2LoggingOptions: 2,
  SetV2LoggingOptions: 2
}
