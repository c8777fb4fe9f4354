/**
 * The shape of a control-plane handler: a plain function of the account and the validated, SDK-typed input
 * that returns the SDK-typed output or throws an ApiError. Modules export partial tables; the control plane
 * joins them into one table keyed by every operation of the model.
 */
import type { OperationName } from '../../model/iot-model.js'
import type { AccountState } from './account.js'

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>

/**
 * An SDK input type after model validation: members the model requires are present (the SDK types them as
 * `X | undefined`, since it cannot know the caller validated), at every depth.
 */
export type Valid<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? Valid<U>[]
    : T extends object
      ? { [K in RequiredKeys<T>]: Valid<NonNullable<T[K]>> } & {
          [K in OptionalKeys<T>]?: Valid<NonNullable<T[K]>>
        }
      : T

/** `input: never` accepts handlers of every input type; the control plane validated the input first. */
export type Handler = (state: AccountState, input: never) => unknown

export type HandlerTable = { [K in OperationName]: Handler }
