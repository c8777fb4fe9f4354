/**
 * What ddac's emulator serves besides the AWS IoT API, on paths AWS never uses (as LocalStack keeps its own
 * under `/_localstack/`). The README's `ddac local` section documents them.
 */

/**
 * GET: the emulator's CA certificate (PEM). Its broker's server certificate and every device certificate
 * the account issues chain to it, so MQTT clients trust it to reach the broker. Public: never a key.
 */
export const EMULATOR_CA_PATH = '/_ddac/ca.pem'

/**
 * A response header of EMULATOR_CA_PATH: how many times faster than AWS the emulator's Detect and Audit run,
 * so a client at `--endpoint` scales its waits as `--local` does.
 */
export const EMULATOR_TIME_SCALE_HEADER = 'x-ddac-time-scale'
