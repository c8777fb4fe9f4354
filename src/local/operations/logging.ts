/**
 * The account's IoT logging options, v1 (SetLoggingOptions, not recommended by AWS) and v2 (fine grained):
 * the emulator keeps them so LOGGING_DISABLED_CHECK can read them; it writes no logs. The model lets
 * GetV2LoggingOptions answer NotConfiguredException on an account that never set v2 logging, but the
 * model extract's error table lacks that error, so the emulator answers an empty body there.
 */
import type {
  GetLoggingOptionsRequest,
  GetLoggingOptionsResponse,
  GetV2LoggingOptionsRequest,
  GetV2LoggingOptionsResponse,
  SetLoggingOptionsRequest,
  SetV2LoggingOptionsRequest
} from '@aws-sdk/client-iot'
import type { HandlerTable, OperationContext, Valid } from './context.js'

export const loggingHandlers = {
  GetLoggingOptions(
    ctx: OperationContext,
    _input: Valid<GetLoggingOptionsRequest>
  ): GetLoggingOptionsResponse {
    const v1 = ctx.store.loggingOptions?.v1
    return v1 ? { roleArn: v1.roleArn, logLevel: v1.logLevel as never } : {}
  },

  SetLoggingOptions(ctx: OperationContext, input: Valid<SetLoggingOptionsRequest>): void {
    const p = input.loggingOptionsPayload
    ctx.store.loggingOptions = {
      ...ctx.store.loggingOptions,
      v1: { roleArn: p.roleArn, logLevel: p.logLevel }
    }
  },

  GetV2LoggingOptions(
    ctx: OperationContext,
    _input: Valid<GetV2LoggingOptionsRequest>
  ): GetV2LoggingOptionsResponse {
    const v2 = ctx.store.loggingOptions?.v2
    if (!v2) return {}
    return {
      roleArn: v2.roleArn,
      defaultLogLevel: v2.defaultLogLevel as never,
      disableAllLogs: v2.disableAllLogs
    }
  },

  SetV2LoggingOptions(ctx: OperationContext, input: Valid<SetV2LoggingOptionsRequest>): void {
    const current = ctx.store.loggingOptions?.v2
    ctx.store.loggingOptions = {
      ...ctx.store.loggingOptions,
      v2: {
        roleArn: input.roleArn ?? current?.roleArn,
        defaultLogLevel: input.defaultLogLevel ?? current?.defaultLogLevel,
        disableAllLogs: input.disableAllLogs ?? false
      }
    }
  }
} satisfies Partial<HandlerTable>
