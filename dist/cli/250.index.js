export const id = 250;
export const ids = [250];
export const modules = {

/***/ 36250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  crtConnection: () => (/* binding */ crtConnection)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/simulate/mqtt/native.ts
/**
 * aws-crt's native binding inside the ncc bundle. ncc does not copy `.node` files, so `npm run bundle` copies
 * aws-crt's Linux x64 and arm64 (glibc) binaries to dist/bin/<platform>-<arch>-glibc/, and this points aws-crt at
 * them (it reads AWS_CRT_NODEJS_BINARY_ABSOLUTE_PATH, and its loader needs a CommonJS `__dirname`) before the
 * device SDK is imported. GitHub's hosted runners for those platforms are glibc; elsewhere simulate says so.
 */




const BINARY = 'aws-crt-nodejs.node';
/** The platforms dist/ carries a binding for. */
const BUNDLED_PLATFORMS = ['linux-x64-glibc', 'linux-arm64-glibc'];
function platformDir(platform = process.platform, arch = process.arch) {
    return `${platform}-${arch}-${platform === 'linux' ? 'glibc' : 'cruntime'}`;
}
/**
 * Make the binding loadable, or throw a clear error on a platform dist/ has none for. From source (tests,
 * `npm run` in a checkout) aws-crt finds its own binary in node_modules and nothing is set.
 */
function prepareNativeBinding(here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), platform = process.platform, arch = process.arch) {
    const dir = platformDir(platform, arch);
    // dist/index.js and its chunks sit in dist/, the CLI's in dist/cli/.
    const candidates = [
        external_node_path_default().join(here, 'bin', dir, BINARY),
        external_node_path_default().join(here, '..', 'bin', dir, BINARY)
    ];
    const found = candidates.find((f) => (0,external_node_fs_.existsSync)(f));
    if (found) {
        process.env.AWS_CRT_NODEJS_BINARY_ABSOLUTE_PATH = found;
        globalThis.__dirname ??= here;
        return;
    }
    if (!BUNDLED_PLATFORMS.includes(dir) && !installedCrt(here))
        throw new Error(`simulate runs devices with aws-crt, whose native binding ddac ships for ${BUNDLED_PLATFORMS.join(' and ')} only; ` +
            `this runner is ${dir}. Run simulations on a Linux runner (runs-on: ubuntu-latest or ubuntu-24.04-arm); ` +
            'every other command works here.');
}
/** True where aws-crt is installed as a package (a checkout, npm install): it then loads its own binary. */
function installedCrt(here) {
    try {
        (0,external_node_module_.createRequire)(external_node_path_default().join(here, 'noop.js')).resolve('aws-crt');
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/simulate/mqtt/crt-connection.ts

let sdk;
function loadSdk() {
    if (!sdk) {
        prepareNativeBinding();
        sdk = __webpack_require__.e(/* import() */ 660).then(__webpack_require__.t.bind(__webpack_require__, 1660, 23));
    }
    return sdk;
}
const crtConnection = async (device, broker, options) => {
    const { http, iot, mqtt } = await loadSdk();
    let builder = iot.AwsIotMqttConnectionConfigBuilder.new_mtls_builder(device.certificatePem, device.privateKeyPem)
        .with_endpoint(broker.host)
        .with_port(broker.port)
        .with_client_id(device.clientId)
        .with_clean_session(true)
        .with_keep_alive_seconds(30)
        .with_reconnect_min_sec(1)
        .with_reconnect_max_sec(8);
    if (broker.caPem)
        builder = builder.with_certificate_authority(broker.caPem);
    if (options.tunnelPort)
        builder = builder.with_http_proxy_options(new http.HttpProxyOptions('127.0.0.1', options.tunnelPort, http.HttpProxyAuthenticationType.Basic, device.clientId, 'ddac', undefined, http.HttpProxyConnectionType.Tunneling));
    const connection = new mqtt.MqttClient().new_connection(builder.build());
    connection.on('interrupt', (error) => options.interrupted?.(String(error)));
    connection.on('resume', () => options.resumed?.());
    // Errors also reject the pending operation; without a listener aws-crt would log them.
    connection.on('error', () => undefined);
    return {
        connect: async () => {
            await connection.connect();
        },
        publish: async (topic, payload) => {
            await connection.publish(topic, payload, mqtt.QoS.AtLeastOnce);
        },
        subscribe: async (filter, onMessage) => {
            await connection.subscribe(filter, mqtt.QoS.AtLeastOnce, (topic, payload) => onMessage(topic, payload));
        },
        disconnect: async () => {
            await connection.disconnect();
        }
    };
};


/***/ })

};
