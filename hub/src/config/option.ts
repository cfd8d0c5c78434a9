/**
 * What one configuration option is: its environment variable, type, unit, default, bounds and
 * one doc line. The loader, the README table and `.env.example` are all derived from these.
 */

interface OptionBase<T> {
  /** The environment variable, `TETHER_` + name + unit. */
  env: string
  /** Former names, still read for one release with a warning naming `env`. */
  aliases?: readonly string[]
  /** What the number counts or measures (`ms`, `bytes`, `frames`…); shown in the docs. */
  unit?: string
  /** The built-in value, also `defaultOptions`' entry. */
  default: T
  /** One line for the README table and `.env.example`. */
  doc: string
  /** How the docs show the default when `default` alone would mislead (Markdown). */
  defaultDoc?: string
  /** Finishes "…or unset it " in error sentences; default: `to use <default>`. */
  unsetMeans?: string
}

export interface NumberOption extends OptionBase<number> {
  /** `int`: whole numbers only; `number`: any finite decimal. */
  type: 'int' | 'number'
  min: number
  max: number
}

export interface BoolOption extends OptionBase<boolean> {
  type: 'bool'
}

export interface TextOption extends OptionBase<string> {
  /** `secret`: never echoed in messages or docs; `path`: resolved against the working directory. */
  type: 'string' | 'secret' | 'path'
  /** Length bounds, characters (only checked for a non-empty value). */
  minLength?: number
  maxLength?: number
  /** An empty variable means the empty string rather than the default. */
  keepEmpty?: boolean
  /** The value when the variable is not set at all, if it differs from `default`. */
  whenUnset?: string
}

export interface UrlOption extends OptionBase<string> {
  type: 'url'
  /** Accepted schemes, without the colon. */
  protocols: readonly string[]
  example: string
}

export interface ListItemRule {
  pattern: RegExp
  /** What an item must be, for the error sentence ("an origin"). */
  what: string
  example: string
}

export interface ListOption extends OptionBase<string[]> {
  /** Comma-separated; blanks around items are dropped. */
  type: 'list'
  item?: ListItemRule
}

export interface EnumOption<T extends string> extends OptionBase<T> {
  type: 'enum'
  /** The accepted values (the default may be '' to mean "decided from other options"). */
  values: readonly T[]
}

export type Option = NumberOption | BoolOption | TextOption | UrlOption | ListOption | EnumOption<string>
export type OptionType = Option['type']
export type Schema = Record<string, Option>

/** The value type an option yields. */
export type ValueOf<O> = O extends OptionBase<infer T> ? T : never
/** The configuration object a schema yields. */
export type ValuesOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> }

type Spec<O> = Omit<O, 'type'>

export const int = (o: Spec<NumberOption>): NumberOption => ({ type: 'int', ...o })
export const decimal = (o: Spec<NumberOption>): NumberOption => ({ type: 'number', ...o })
export const bool = (o: Spec<BoolOption>): BoolOption => ({ type: 'bool', ...o })
export const text = (o: Spec<TextOption>): TextOption => ({ type: 'string', ...o })
export const secret = (o: Spec<TextOption>): TextOption => ({ type: 'secret', ...o })
export const dir = (o: Spec<TextOption>): TextOption => ({ type: 'path', ...o })
export const url = (o: Spec<UrlOption>): UrlOption => ({ type: 'url', ...o })
export const list = (o: Spec<ListOption>): ListOption => ({ type: 'list', ...o })
export const oneOf = <T extends string>(o: Spec<EnumOption<T>>): EnumOption<T> => ({ type: 'enum', ...o })
