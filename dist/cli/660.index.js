import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
export const id = 660;
export const ids = [660];
export const modules = {

/***/ 50968:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toUtf8 = exports.fromUtf8 = void 0;
const pureJs_1 = __webpack_require__(35039);
const whatwgEncodingApi_1 = __webpack_require__(95207);
const fromUtf8 = (input) => typeof TextEncoder === "function" ? (0, whatwgEncodingApi_1.fromUtf8)(input) : (0, pureJs_1.fromUtf8)(input);
exports.fromUtf8 = fromUtf8;
const toUtf8 = (input) => typeof TextDecoder === "function" ? (0, whatwgEncodingApi_1.toUtf8)(input) : (0, pureJs_1.toUtf8)(input);
exports.toUtf8 = toUtf8;


/***/ }),

/***/ 35039:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toUtf8 = exports.fromUtf8 = void 0;
const fromUtf8 = (input) => {
    const bytes = [];
    for (let i = 0, len = input.length; i < len; i++) {
        const value = input.charCodeAt(i);
        if (value < 0x80) {
            bytes.push(value);
        }
        else if (value < 0x800) {
            bytes.push((value >> 6) | 0b11000000, (value & 0b111111) | 0b10000000);
        }
        else if (i + 1 < input.length && (value & 0xfc00) === 0xd800 && (input.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            const surrogatePair = 0x10000 + ((value & 0b1111111111) << 10) + (input.charCodeAt(++i) & 0b1111111111);
            bytes.push((surrogatePair >> 18) | 0b11110000, ((surrogatePair >> 12) & 0b111111) | 0b10000000, ((surrogatePair >> 6) & 0b111111) | 0b10000000, (surrogatePair & 0b111111) | 0b10000000);
        }
        else {
            bytes.push((value >> 12) | 0b11100000, ((value >> 6) & 0b111111) | 0b10000000, (value & 0b111111) | 0b10000000);
        }
    }
    return Uint8Array.from(bytes);
};
exports.fromUtf8 = fromUtf8;
const toUtf8 = (input) => {
    let decoded = "";
    for (let i = 0, len = input.length; i < len; i++) {
        const byte = input[i];
        if (byte < 0x80) {
            decoded += String.fromCharCode(byte);
        }
        else if (0b11000000 <= byte && byte < 0b11100000) {
            const nextByte = input[++i];
            decoded += String.fromCharCode(((byte & 0b11111) << 6) | (nextByte & 0b111111));
        }
        else if (0b11110000 <= byte && byte < 0b101101101) {
            const surrogatePair = [byte, input[++i], input[++i], input[++i]];
            const encoded = "%" + surrogatePair.map((byteValue) => byteValue.toString(16)).join("%");
            decoded += decodeURIComponent(encoded);
        }
        else {
            decoded += String.fromCharCode(((byte & 0b1111) << 12) | ((input[++i] & 0b111111) << 6) | (input[++i] & 0b111111));
        }
    }
    return decoded;
};
exports.toUtf8 = toUtf8;


/***/ }),

/***/ 95207:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toUtf8 = exports.fromUtf8 = void 0;
function fromUtf8(input) {
    return new TextEncoder().encode(input);
}
exports.fromUtf8 = fromUtf8;
function toUtf8(input) {
    return new TextDecoder("utf-8").decode(input);
}
exports.toUtf8 = toUtf8;


/***/ }),

/***/ 66200:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports._buildSdkMetrics = exports._setSdkMetricsFactory = exports.create_metrics = exports.merge_feature_lists = exports.protocol_version_metrics_value = exports.inbound_topic_alias_metrics_value = exports.outbound_topic_alias_metrics_value = exports.session_behavior_metrics_value = exports.retry_jitter_metrics_value = exports.MetricsFeatureId = exports.IOT_SDK_METRICS_FEATURE_VERSION = void 0;
/**
 * Shared metrics encoding logic for IoT SDK metrics.
 *
 * Features used by both native and browser metrics modules:
 *  - Feature ID registry (single source of truth for all platforms)
 *  - Value mappers for platform-independent enums (retry, session, queue,
 *    topic aliasing, protocol version)
 *  - Feature list merging
 *  - Final AWSIoTMetrics object assembly
 *  - Upstream device-SDK factory hook (_setSdkMetricsFactory)
 *
 * Platform-specific mappers (socket implementation, HTTP proxy, certificate
 * source, TLS options etc.) live
 * in the per-platform module (lib/native/aws_iot_metrics.ts or
 * lib/browser/aws_iot_metrics.ts).
 *
 * @internal
 * @packageDocumentation
 */
const mqtt5 = __importStar(__webpack_require__(29485));
const mqtt_shared = __importStar(__webpack_require__(69986));
const platform_1 = __webpack_require__(45141);
/**
 * Current version of the IoT SDK metrics feature-encoding scheme.
 * Bump when the meaning of any feature ID or its value mapping changes
 * in a backwards-incompatible way.
 * @internal
 */
exports.IOT_SDK_METRICS_FEATURE_VERSION = 1;
/**
 * Feature IDs for IoT SDK metrics tracking.
 *
 * Each ID is a single character used to encode feature usage in the metrics
 * string with the format "ID/Value". IDs are assigned sequentially and never
 * reused to ensure historical data consistency across SDK versions.
 *
 * Not every ID is emitted on every platform. Browser and native modules each
 * emit the subset of IDs that make sense in their environment (e.g., TLS
 * cipher preference is native-only). New IDs added for a single platform
 * should still be registered here to keep the ID space unified.
 * @internal
 */
var MetricsFeatureId;
(function (MetricsFeatureId) {
    MetricsFeatureId["RETRY_JITTER_MODE"] = "A";
    MetricsFeatureId["SESSION_BEHAVIOR"] = "B";
    MetricsFeatureId["OFFLINE_QUEUE_BEHAVIOR"] = "C";
    MetricsFeatureId["OUTBOUND_TOPIC_ALIAS_BEHAVIOR"] = "D";
    MetricsFeatureId["INBOUND_TOPIC_ALIAS_BEHAVIOR"] = "E";
    MetricsFeatureId["PROTOCOL_VERSION"] = "F";
    MetricsFeatureId["SOCKET_IMPLEMENTATION"] = "G";
    MetricsFeatureId["HTTP_PROXY_TYPE"] = "H";
    MetricsFeatureId["CERTIFICATE_SOURCE"] = "I";
    MetricsFeatureId["TLS_CIPHER_PREFERENCE"] = "J";
    MetricsFeatureId["MINIMUM_TLS_VERSION"] = "K";
})(MetricsFeatureId = exports.MetricsFeatureId || (exports.MetricsFeatureId = {}));
// ---- Feature value mappers ----
/**
 * Map RetryJitterType to its single-character metrics value.
 *
 * Mapping: None->A, Full->B, Decorrelated->C.
 * Returns undefined for unset or unrecognized values.
 * @internal
 */
function retry_jitter_metrics_value(mode) {
    switch (mode) {
        case mqtt5.RetryJitterType.None: return "A";
        case mqtt5.RetryJitterType.Full: return "B";
        case mqtt5.RetryJitterType.Decorrelated: return "C";
        default: return undefined;
    }
}
exports.retry_jitter_metrics_value = retry_jitter_metrics_value;
/**
 * Map ClientSessionBehavior to its single-character metrics value.
 *
 * Mapping: Clean->A, RejoinPostSuccess->B, RejoinAlways->C.
 * Returns undefined for unset or unrecognized values.
 * @internal
 */
function session_behavior_metrics_value(behavior) {
    switch (behavior) {
        case mqtt5.ClientSessionBehavior.Clean: return "A";
        case mqtt5.ClientSessionBehavior.RejoinPostSuccess: return "B";
        case mqtt5.ClientSessionBehavior.RejoinAlways: return "C";
        default: return undefined;
    }
}
exports.session_behavior_metrics_value = session_behavior_metrics_value;
/**
 * Map OutboundTopicAliasBehaviorType to its single-character metrics value.
 *
 * Mapping: Manual->A, LRU->B, Disabled->C.
 * Returns undefined for unset or unrecognized values.
 * @internal
 */
function outbound_topic_alias_metrics_value(behavior) {
    switch (behavior) {
        case mqtt5.OutboundTopicAliasBehaviorType.Manual: return "A";
        case mqtt5.OutboundTopicAliasBehaviorType.LRU: return "B";
        case mqtt5.OutboundTopicAliasBehaviorType.Disabled: return "C";
        default: return undefined;
    }
}
exports.outbound_topic_alias_metrics_value = outbound_topic_alias_metrics_value;
/**
 * Map InboundTopicAliasBehaviorType to its single-character metrics value.
 *
 * Mapping: Enabled->A, Disabled->B.
 * Returns undefined for unset or unrecognized values.
 * @internal
 */
function inbound_topic_alias_metrics_value(behavior) {
    switch (behavior) {
        case mqtt5.InboundTopicAliasBehaviorType.Enabled: return "A";
        case mqtt5.InboundTopicAliasBehaviorType.Disabled: return "B";
        default: return undefined;
    }
}
exports.inbound_topic_alias_metrics_value = inbound_topic_alias_metrics_value;
/**
 * Map protocol version to its single-character metrics value.
 *
 * Mapping: Mqtt311->3, Mqtt5->5.
 * Always emitted because every connection has a known protocol version.
 * @internal
 */
function protocol_version_metrics_value(protocol) {
    return protocol === mqtt_shared.ProtocolMode.Mqtt5 ? "5" : "3";
}
exports.protocol_version_metrics_value = protocol_version_metrics_value;
// ---- Merge + Create ----
/**
 * Merge CRT-generated features with user-provided (IoT SDK) features.
 *
 * When both lists contain the same feature ID, the user-provided value
 * takes precedence.
 *
 * @param crtFeatures - CRT-generated feature list.
 * @param userFeatures - User-provided feature list from the IoT SDK.
 *   May be an empty string if no SDK features are provided.
 * @returns The merged feature list string.
 * @internal
 */
function merge_feature_lists(crtFeatures, userFeatures) {
    const merged = new Map();
    for (const pair of crtFeatures.split(",")) {
        const idx = pair.indexOf("/");
        if (idx > 0)
            merged.set(pair.substring(0, idx), pair.substring(idx + 1));
    }
    if (userFeatures) {
        for (const pair of userFeatures.split(",")) {
            const idx = pair.indexOf("/");
            if (idx > 0)
                merged.set(pair.substring(0, idx), pair.substring(idx + 1));
        }
    }
    return Array.from(merged.entries()).map(([k, v]) => `${k}/${v}`).join(",");
}
exports.merge_feature_lists = merge_feature_lists;
/**
 * Create the final AWSIoTMetrics object by merging CRT and user-provided data.
 *
 * Applies the following rules to produce the final metrics:
 *  1. libraryName: Uses the value from userMetrics if provided,
 *     otherwise defaults to "IoTDeviceSDK/JS".
 *  2. CRTVersion: Automatically set to the current aws-crt-nodejs
 *     package version. Cannot be overridden by user input.
 *  3. IoTSDKMetricsVersion: Always set to the current
 *     IOT_SDK_METRICS_FEATURE_VERSION constant.
 *  4. IoTSDKFeature: If the user-provided metrics version
 *     matches IOT_SDK_METRICS_FEATURE_VERSION, the CRT feature list is
 *     merged with the user's IoTSDKFeature (user values take precedence
 *     for duplicate feature IDs). Otherwise, only CRT features are used.
 *  5. Any additional user metadata entries (other than CRTVersion,
 *     IoTSDKMetricsVersion, IoTSDKFeature) are passed through unchanged.
 *
 * @param userMetrics - Metrics configuration from the IoT SDK. May be
 *   undefined if no SDK-level metrics are provided.
 * @param crtFeatureList - Encoded CRT feature list string produced by a
 *   per-platform get_encoded_feature_list_mqtt5/mqtt3 function.
 * @returns The final metrics object ready to be embedded in the
 *   MQTT CONNECT packet username field.
 * @internal
 */
function create_metrics(userMetrics, crtFeatureList) {
    var _a;
    const finalMetrics = new mqtt_shared.AWSIoTMetrics();
    finalMetrics.libraryName = (_a = userMetrics === null || userMetrics === void 0 ? void 0 : userMetrics.libraryName) !== null && _a !== void 0 ? _a : mqtt_shared.SDK_NAME;
    const metadata = new Map();
    metadata.set("CRTVersion", (0, platform_1.crt_version)());
    let userMetricsVersion;
    let userFeature = "";
    if (userMetrics === null || userMetrics === void 0 ? void 0 : userMetrics.metadata) {
        for (const [key, value] of userMetrics.metadata) {
            if (key === "IoTSDKMetricsVersion") {
                userMetricsVersion = value;
            }
            else if (key === "IoTSDKFeature") {
                userFeature = value;
            }
            else if (key !== "CRTVersion") {
                metadata.set(key, value);
            }
        }
    }
    // Merge features: if version matches, merge CRT + SDK; otherwise CRT only
    if (userMetricsVersion !== undefined &&
        Number(userMetricsVersion) === exports.IOT_SDK_METRICS_FEATURE_VERSION) {
        metadata.set("IoTSDKFeature", merge_feature_lists(crtFeatureList, userFeature));
    }
    else {
        metadata.set("IoTSDKFeature", merge_feature_lists(crtFeatureList, ""));
    }
    metadata.set("IoTSDKMetricsVersion", String(exports.IOT_SDK_METRICS_FEATURE_VERSION));
    finalMetrics.metadata = Array.from(metadata.entries());
    return finalMetrics;
}
exports.create_metrics = create_metrics;
let _sdkMetricsFactory;
/**
 * Registers a factory that supplies the upstream IoT device SDK's metrics
 * (libraryName + IoTSDKVersion + IoTSDKMetricsVersion metadata).
 *
 * Called once by the device SDK at module load time (e.g. aws-iot-device-sdk-v2).
 * Not part of the public API and must not be used by customer code.
 *
 * If no factory is registered, the CRT falls back to an empty
 * AWSIoTMetrics (CRT-only feature metrics, no SDK identity).
 *
 * @param factory function returning a fresh AWSIoTMetrics on each call
 * @internal
 */
function _setSdkMetricsFactory(factory) {
    _sdkMetricsFactory = factory;
}
exports._setSdkMetricsFactory = _setSdkMetricsFactory;
/**
 * Returns a fresh metrics object from the registered SDK factory if any,
 * otherwise undefined. Used by the IoT builders' build() methods to populate
 * config.metrics with SDK identity before client construction.
 *
 * @internal
 */
function _buildSdkMetrics() {
    return _sdkMetricsFactory ? _sdkMetricsFactory() : undefined;
}
exports._buildSdkMetrics = _buildSdkMetrics;
//# sourceMappingURL=aws_iot_metrics.js.map

/***/ }),

/***/ 29328:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extractRegionFromEndpoint = exports.buildMqtt5FinalUsername = exports.canonicalizeCustomAuthConfig = exports.canonicalizeCustomAuthTokenSignature = exports.populate_username_string_with_custom_authorizer = exports.is_string_and_not_empty = exports.add_to_username_parameter = void 0;
const utils = __importStar(__webpack_require__(24049));
/**
 * A helper function to add parameters to the username in with_custom_authorizer function
 *
 * @internal
 */
function add_to_username_parameter(current_username, parameter_value, parameter_pre_text) {
    let return_string = current_username;
    if (return_string.indexOf("?") != -1) {
        return_string += "&";
    }
    else {
        return_string += "?";
    }
    if (parameter_value.indexOf(parameter_pre_text) != -1) {
        return return_string + parameter_value;
    }
    else {
        return return_string + parameter_pre_text + parameter_value;
    }
}
exports.add_to_username_parameter = add_to_username_parameter;
/**
 * A helper function to see if a string is not null, is defined, and is not an empty string
 *
 * @internal
 */
function is_string_and_not_empty(item) {
    return item != undefined && typeof (item) == 'string' && item != "";
}
exports.is_string_and_not_empty = is_string_and_not_empty;
/**
 * A helper function to populate the username with the Custom Authorizer fields
 * @param current_username the current username
 * @param input_username the username to add - can be an empty string to skip
 * @param input_authorizer the name of the authorizer to add - can be an empty string to skip
 * @param input_signature the name of the signature to add - can be an empty string to skip
 * @param input_builder_username the username from the MQTT builder
 * @param input_token_key_name the token key name
 * @param input_token_value the token key value
 * @returns The finished username with the additions added to it
 *
 * @internal
 */
function populate_username_string_with_custom_authorizer(current_username, input_username, input_authorizer, input_signature, input_builder_username, input_token_key_name, input_token_value) {
    let username_string = "";
    if (current_username) {
        username_string += current_username;
    }
    if (is_string_and_not_empty(input_username) == false) {
        if (is_string_and_not_empty(input_builder_username) && input_builder_username) {
            username_string += input_builder_username;
        }
    }
    else {
        username_string += input_username;
    }
    if (is_string_and_not_empty(input_authorizer) && input_authorizer) {
        username_string = add_to_username_parameter(username_string, input_authorizer, "x-amz-customauthorizer-name=");
    }
    if (is_string_and_not_empty(input_signature) || is_string_and_not_empty(input_token_value) || is_string_and_not_empty(input_token_key_name)) {
        if (!input_token_value || !input_token_key_name || !input_signature) {
            throw new Error("Signing-based custom authentication requires all token-related properties to be set");
        }
    }
    if (is_string_and_not_empty(input_signature) && input_signature) {
        username_string = add_to_username_parameter(username_string, input_signature, "x-amz-customauthorizer-signature=");
    }
    if (is_string_and_not_empty(input_token_value) && is_string_and_not_empty(input_token_key_name)) {
        // @ts-ignore
        username_string = add_to_username_parameter(username_string, input_token_value, input_token_key_name + "=");
    }
    return username_string;
}
exports.populate_username_string_with_custom_authorizer = populate_username_string_with_custom_authorizer;
;
/** @internal */
function canonicalizeCustomAuthTokenSignature(signature) {
    if (signature === undefined || signature == null) {
        return undefined;
    }
    let hasPercent = signature.indexOf("%") != -1;
    if (hasPercent) {
        return signature;
    }
    else {
        return encodeURIComponent(signature);
    }
}
exports.canonicalizeCustomAuthTokenSignature = canonicalizeCustomAuthTokenSignature;
/** @internal */
function canonicalizeCustomAuthConfig(config) {
    let processedConfig = {};
    utils.set_defined_property(processedConfig, "authorizerName", config.authorizerName);
    utils.set_defined_property(processedConfig, "username", config.username);
    utils.set_defined_property(processedConfig, "password", config.password);
    utils.set_defined_property(processedConfig, "tokenKeyName", config.tokenKeyName);
    utils.set_defined_property(processedConfig, "tokenValue", config.tokenValue);
    utils.set_defined_property(processedConfig, "tokenSignature", canonicalizeCustomAuthTokenSignature(config.tokenSignature));
    return processedConfig;
}
exports.canonicalizeCustomAuthConfig = canonicalizeCustomAuthConfig;
/** @internal */
function addParam(paramName, paramValue, paramSet) {
    if (paramValue) {
        paramSet.push([paramName, paramValue]);
    }
}
/**
 * Builds the final value for the CONNECT packet's username property based on AWS IoT custom auth configuration
 * and SDK metrics properties.
 *
 * @param customAuthConfig intended AWS IoT custom auth client configuration
 *
 * @internal
 */
function buildMqtt5FinalUsername(customAuthConfig) {
    let path = "";
    let paramList = [];
    if (customAuthConfig) {
        /* If we're using token-signing authentication, then all token properties must be set */
        let usingSigning = false;
        if (customAuthConfig.tokenValue || customAuthConfig.tokenKeyName || customAuthConfig.tokenSignature) {
            usingSigning = true;
            if (!customAuthConfig.tokenValue || !customAuthConfig.tokenKeyName || !customAuthConfig.tokenSignature) {
                throw new Error("Token-based custom authentication requires all token-related properties to be set");
            }
        }
        let username = customAuthConfig.username;
        let pathSplit = (username !== null && username !== void 0 ? username : "").split("?");
        let params = pathSplit.slice(1);
        path = pathSplit[0];
        if (params.length > 1) {
            throw new Error("Custom auth username property value is invalid");
        }
        else if (params.length == 1) {
            params[0].split("&").forEach((keyValue, index, array) => {
                var _a;
                let kvPair = keyValue.split("=");
                paramList.push([kvPair[0], (_a = kvPair[1]) !== null && _a !== void 0 ? _a : ""]);
            });
        }
        addParam("x-amz-customauthorizer-name", customAuthConfig.authorizerName, paramList);
        if (usingSigning) {
            // @ts-ignore verified earlier
            addParam(customAuthConfig.tokenKeyName, customAuthConfig.tokenValue, paramList);
            addParam("x-amz-customauthorizer-signature", customAuthConfig.tokenSignature, paramList);
        }
    }
    return (path !== null && path !== void 0 ? path : "") + "?" + paramList.map((value) => `${value[0]}=${value[1]}`).join("&");
}
exports.buildMqtt5FinalUsername = buildMqtt5FinalUsername;
/**
 * Attempts to determine the AWS region associated with an endpoint.
 *
 * @param endpoint endpoint to compute the region for
 *
 * @internal
 */
function extractRegionFromEndpoint(endpoint) {
    const regexpRegion = /^[\w\-]+\.[\w\-]+\.([\w+\-]+)\./;
    const match = endpoint.match(regexpRegion);
    if (match) {
        return match[1];
    }
    throw new Error("AWS region could not be extracted from endpoint.  Use 'region' property on WebsocketConfig to set manually.");
}
exports.extractRegionFromEndpoint = extractRegionFromEndpoint;
//# sourceMappingURL=aws_iot_shared.js.map

/***/ }),

/***/ 3600:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.newCancellablePromiseFromNextEvent = exports.CancelController = exports.EVENT_NAME = void 0;
/**
 *
 * A module containing support for cancelling asynchronous operations
 *
 * @packageDocumentation
 * @module cancel
 */
const events_1 = __webpack_require__(24434);
const promise = __importStar(__webpack_require__(31357));
exports.EVENT_NAME = 'cancelled';
/**
 * CRT implementation of the ICancelController interface
 */
class CancelController {
    constructor(options) {
        this.cancelled = false;
        if (options && options.emitterFactory) {
            this.emitter = options.emitterFactory();
        }
        else {
            this.emitter = new events_1.EventEmitter();
        }
    }
    /**
     * Cancels all asynchronous operations associated with this controller
     */
    cancel() {
        if (!this.cancelled) {
            this.cancelled = true;
            this.emitter.emit(exports.EVENT_NAME);
            this.emitter.removeAllListeners(exports.EVENT_NAME);
        }
    }
    /**
     * Checks whether or not the controller is in the cancelled state
     */
    hasBeenCancelled() {
        return this.cancelled;
    }
    /**
     * Registers a callback to be notified when cancel() is invoked externally.  In general, the callback
     * will cancel an asynchronous operation by rejecting the associated promise.
     *
     * IMPORTANT: The listener is invoked synchronously if the controller has already been cancelled.
     *
     * @param listener - function to invoke on cancel; invoked synchronously if the controller has been cancelled
     *
     * @return undefined if the controller has already been cancelled, otherwise a function object whose invocation
     * will remove the listener from the controller's event emitter.
     *
     */
    addListener(listener) {
        if (this.cancelled) {
            listener();
            return undefined;
        }
        this.emitter.on(exports.EVENT_NAME, listener);
        return () => { this.emitter.removeListener(exports.EVENT_NAME, listener); };
    }
}
exports.CancelController = CancelController;
/**
 * Creates a promise that can be rejected by a CancelController and resolved by the receipt of an event from an
 * EventEmitter.
 *
 * @param config promise creation options
 */
function newCancellablePromiseFromNextEvent(config) {
    let onEvent = undefined;
    let cancelRemoveListener = undefined;
    let liftedPromise = promise.newLiftedPromise();
    onEvent = (eventData) => {
        try {
            if (config.eventDataTransformer) {
                liftedPromise.resolve(config.eventDataTransformer(eventData));
            }
            else {
                liftedPromise.resolve(eventData);
            }
        }
        catch (err) {
            liftedPromise.reject(err);
        }
    };
    config.emitter.addListener(config.eventName, onEvent);
    if (config.cancelController) {
        cancelRemoveListener = config.cancelController.addListener(() => {
            liftedPromise.reject(config.cancelMessage);
        });
    }
    return promise.makeSelfCleaningPromise(liftedPromise.promise, () => {
        if (onEvent) {
            config.emitter.removeListener(config.eventName, onEvent);
        }
        if (cancelRemoveListener) {
            cancelRemoveListener();
        }
    });
}
exports.newCancellablePromiseFromNextEvent = newCancellablePromiseFromNextEvent;
//# sourceMappingURL=cancel.js.map

/***/ }),

/***/ 78468:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BufferedEventEmitter = void 0;
/**
 * Module for base types related to event emission
 *
 * @packageDocumentation
 * @module event
 */
const events_1 = __webpack_require__(24434);
/**
 * @internal
 */
class BufferedEvent {
    constructor(event, args) {
        this.event = event;
        this.args = args;
    }
    static newWithEmissionCallback(key, callback, args) {
        let bufferedEvent = new BufferedEvent(key, args);
        bufferedEvent.callback = callback;
        return bufferedEvent;
    }
}
/**
 * Provides buffered event emitting semantics, similar to many Node-style streams.
 * Subclasses will override EventEmitter.on() and trigger uncorking.
 * NOTE: It is HIGHLY recommended that uncorking should always be done via
 * ```process.nextTick()```, not during the EventEmitter.on() call.
 *
 * See also: [Node writable streams](https://nodejs.org/api/stream.html#stream_writable_cork)
 *
 * @category Events
 */
class BufferedEventEmitter extends events_1.EventEmitter {
    constructor() {
        super();
        this.corked = false;
    }
    /**
     * Forces all written events to be buffered in memory. The buffered data will be
     * flushed when {@link BufferedEventEmitter.uncork} is called.
     */
    cork() {
        this.corked = true;
    }
    /**
     * Flushes all data buffered since {@link BufferedEventEmitter.cork} was called.
     *
     * NOTE: It is HIGHLY recommended that uncorking should always be done via
     * ``` process.nextTick```, not during the ```EventEmitter.on()``` call.
     */
    uncork() {
        this.corked = false;
        while (this.eventQueue) {
            const event = this.eventQueue;
            super.emit(event.event, ...event.args);
            if (event.callback) {
                event.callback();
            }
            this.eventQueue = this.eventQueue.next;
        }
        this.lastQueuedEvent = undefined;
    }
    /**
     * Synchronously calls each of the listeners registered for the event key supplied
     * in registration order. If the {@link BufferedEventEmitter} is currently corked,
     * the event will be buffered until {@link BufferedEventEmitter.uncork} is called.
     * @param event The name of the event
     * @param args Event payload
     */
    emit(event, ...args) {
        if (this.corked) {
            // queue requests in order
            let last = this.lastQueuedEvent;
            this.lastQueuedEvent = new BufferedEvent(event, args);
            if (last) {
                last.next = this.lastQueuedEvent;
            }
            else {
                this.eventQueue = this.lastQueuedEvent;
            }
            return this.listeners(event).length > 0;
        }
        return super.emit(event, ...args);
    }
    emitWithCallback(event, emissionCallback, ...args) {
        if (this.corked) {
            // queue requests in order
            let last = this.lastQueuedEvent;
            this.lastQueuedEvent = BufferedEvent.newWithEmissionCallback(event, emissionCallback, args);
            if (last) {
                last.next = this.lastQueuedEvent;
            }
            else {
                this.eventQueue = this.lastQueuedEvent;
            }
            return this.listeners(event).length > 0;
        }
        let result = super.emit(event, ...args);
        emissionCallback();
        return result;
    }
}
exports.BufferedEventEmitter = BufferedEventEmitter;
//# sourceMappingURL=event.js.map

/***/ }),

/***/ 2926:
/***/ ((__unused_webpack_module, exports) => {


/*
 *
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CommonHttpProxyOptions = exports.HttpProxyAuthenticationType = exports.HttpVersion = void 0;
/**
 *
 * A module containing support for creating http connections and making requests on them.
 *
 * @packageDocumentation
 * @module http
 */
/**
 * HTTP protocol version
 *
 * @category HTTP
 */
var HttpVersion;
(function (HttpVersion) {
    HttpVersion[HttpVersion["Unknown"] = 0] = "Unknown";
    /** HTTP/1.0 */
    HttpVersion[HttpVersion["Http1_0"] = 1] = "Http1_0";
    /** HTTP/1.1 */
    HttpVersion[HttpVersion["Http1_1"] = 2] = "Http1_1";
    /** HTTP/2 */
    HttpVersion[HttpVersion["Http2"] = 3] = "Http2";
})(HttpVersion = exports.HttpVersion || (exports.HttpVersion = {}));
/**
 * Proxy authentication types
 *
 * @category HTTP
 */
var HttpProxyAuthenticationType;
(function (HttpProxyAuthenticationType) {
    /**
     * No to-proxy authentication logic
     */
    HttpProxyAuthenticationType[HttpProxyAuthenticationType["None"] = 0] = "None";
    /**
     * Use basic authentication (user/pass).  Supply these values in {@link HttpProxyOptions}
     */
    HttpProxyAuthenticationType[HttpProxyAuthenticationType["Basic"] = 1] = "Basic";
})(HttpProxyAuthenticationType = exports.HttpProxyAuthenticationType || (exports.HttpProxyAuthenticationType = {}));
;
/**
 * Options used when connecting to an HTTP endpoint via a proxy
 *
 * @category HTTP
 */
class CommonHttpProxyOptions {
    /**
     *
     * @param host_name endpoint of the proxy to use
     * @param port port of proxy to use
     * @param auth_method type of authentication to use with the proxy
     * @param auth_username (basic authentication only) proxy username
     * @param auth_password (basic authentication only) password associated with the username
     */
    constructor(host_name, port, auth_method = HttpProxyAuthenticationType.None, auth_username, auth_password) {
        this.host_name = host_name;
        this.port = port;
        this.auth_method = auth_method;
        this.auth_username = auth_username;
        this.auth_password = auth_password;
    }
}
exports.CommonHttpProxyOptions = CommonHttpProxyOptions;
//# sourceMappingURL=http.js.map

/***/ }),

/***/ 45674:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.flogTrace = exports.flogDebug = exports.flogInfo = exports.flogWarn = exports.flogError = exports.flogFatal = exports.logTrace = exports.logDebug = exports.logInfo = exports.logWarn = exports.logError = exports.logFatal = exports.setLogLevel = exports.LogLevel = exports.SocketDomain = exports.SocketType = exports.TlsVersion = void 0;
/**
 *
 * A module containing a grab bag of support for core network I/O functionality, including sockets, TLS, DNS, logging,
 * error handling, streams, and connection -> thread mapping.
 *
 * Categories include:
 * - Network: socket configuration
 * - TLS: tls configuration
 * - Logging: logging controls and configuration
 * - IO: everything else
 *
 * @packageDocumentation
 * @module io
 */
/**
 * TLS Version
 *
 * @category TLS
 */
var TlsVersion;
(function (TlsVersion) {
    TlsVersion[TlsVersion["SSLv3"] = 0] = "SSLv3";
    TlsVersion[TlsVersion["TLSv1"] = 1] = "TLSv1";
    TlsVersion[TlsVersion["TLSv1_1"] = 2] = "TLSv1_1";
    TlsVersion[TlsVersion["TLSv1_2"] = 3] = "TLSv1_2";
    TlsVersion[TlsVersion["TLSv1_3"] = 4] = "TLSv1_3";
    TlsVersion[TlsVersion["Default"] = 128] = "Default";
})(TlsVersion = exports.TlsVersion || (exports.TlsVersion = {}));
/**
 * @category Network
 */
var SocketType;
(function (SocketType) {
    /**
     * A streaming socket sends reliable messages over a two-way connection.
     * This means TCP when used with {@link SocketDomain.IPV4}/{@link SocketDomain.IPV6},
     * and Unix domain sockets when used with {@link SocketDomain.LOCAL }
      */
    SocketType[SocketType["STREAM"] = 0] = "STREAM";
    /**
     * A datagram socket is connectionless and sends unreliable messages.
     * This means UDP when used with {@link SocketDomain.IPV4}/{@link SocketDomain.IPV6}.
     * {@link SocketDomain.LOCAL} is not compatible with {@link DGRAM}
     */
    SocketType[SocketType["DGRAM"] = 1] = "DGRAM";
})(SocketType = exports.SocketType || (exports.SocketType = {}));
/**
 * @category Network
 */
var SocketDomain;
(function (SocketDomain) {
    /** IPv4 sockets */
    SocketDomain[SocketDomain["IPV4"] = 0] = "IPV4";
    /** IPv6 sockets */
    SocketDomain[SocketDomain["IPV6"] = 1] = "IPV6";
    /** UNIX domain socket/Windows named pipes */
    SocketDomain[SocketDomain["LOCAL"] = 2] = "LOCAL";
})(SocketDomain = exports.SocketDomain || (exports.SocketDomain = {}));
/**
 * The amount of detail that will be logged
 * @category Logging
 */
var LogLevel;
(function (LogLevel) {
    /** No logging whatsoever. */
    LogLevel[LogLevel["NONE"] = 0] = "NONE";
    /** Only fatals. In practice, this will not do much, as the process will log and then crash (intentionally) if a fatal condition occurs */
    LogLevel[LogLevel["FATAL"] = 1] = "FATAL";
    /** Only errors */
    LogLevel[LogLevel["ERROR"] = 2] = "ERROR";
    /** Only warnings and errors */
    LogLevel[LogLevel["WARN"] = 3] = "WARN";
    /** Information about connection/stream creation/destruction events */
    LogLevel[LogLevel["INFO"] = 4] = "INFO";
    /** Enough information to debug the chain of events a given network connection encounters */
    LogLevel[LogLevel["DEBUG"] = 5] = "DEBUG";
    /** Everything. Only use this if you really need to know EVERY single call */
    LogLevel[LogLevel["TRACE"] = 6] = "TRACE";
})(LogLevel = exports.LogLevel || (exports.LogLevel = {}));
let logLevel = LogLevel.NONE;
/**
 * Sets the amount of detail that will be logged
 * @param level - maximum level of logging detail.  Log invocations at a higher level of detail will be ignored.
 *
 * @category Logging
 */
function setLogLevel(level) {
    logLevel = level;
}
exports.setLogLevel = setLogLevel;
/*
 * The logging API is exported to library-internal, but stays private beyond the package boundary, so the following API
 * decisions are not binding.
 */
function log(level, subject, logLine) {
    if (logLevel < level) {
        return;
    }
    let currentTime = new Date().toISOString();
    console.log(`[${LogLevel[level]}] [${currentTime}] [${subject}] - ${logLine}`);
}
function logFatal(subject, logLine) {
    log(LogLevel.FATAL, subject, logLine);
}
exports.logFatal = logFatal;
function logError(subject, logLine) {
    log(LogLevel.ERROR, subject, logLine);
}
exports.logError = logError;
function logWarn(subject, logLine) {
    log(LogLevel.WARN, subject, logLine);
}
exports.logWarn = logWarn;
function logInfo(subject, logLine) {
    log(LogLevel.INFO, subject, logLine);
}
exports.logInfo = logInfo;
function logDebug(subject, logLine) {
    log(LogLevel.DEBUG, subject, logLine);
}
exports.logDebug = logDebug;
function logTrace(subject, logLine) {
    log(LogLevel.TRACE, subject, logLine);
}
exports.logTrace = logTrace;
function flog(level, subject, logLineGenerator) {
    if (logLevel < level) {
        return;
    }
    let currentTime = new Date().toISOString();
    console.log(`[${LogLevel[level]}] [${currentTime}] [${subject}] - ${logLineGenerator()}`);
}
function flogFatal(subject, logLineGenerator) {
    flog(LogLevel.FATAL, subject, logLineGenerator);
}
exports.flogFatal = flogFatal;
function flogError(subject, logLineGenerator) {
    flog(LogLevel.ERROR, subject, logLineGenerator);
}
exports.flogError = flogError;
function flogWarn(subject, logLineGenerator) {
    flog(LogLevel.WARN, subject, logLineGenerator);
}
exports.flogWarn = flogWarn;
function flogInfo(subject, logLineGenerator) {
    flog(LogLevel.INFO, subject, logLineGenerator);
}
exports.flogInfo = flogInfo;
function flogDebug(subject, logLineGenerator) {
    flog(LogLevel.DEBUG, subject, logLineGenerator);
}
exports.flogDebug = flogDebug;
function flogTrace(subject, logLineGenerator) {
    flog(LogLevel.TRACE, subject, logLineGenerator);
}
exports.flogTrace = flogTrace;
//# sourceMappingURL=io.js.map

/***/ }),

/***/ 58064:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RECONNECT_MIN_SEC = exports.DEFAULT_RECONNECT_MAX_SEC = exports.MqttWill = exports.QoS = void 0;
/**
 * Quality of service control for mqtt publish operations
 *
 * @category MQTT
 */
var QoS;
(function (QoS) {
    /**
     * QoS 0 - At most once delivery
     * The message is delivered according to the capabilities of the underlying network.
     * No response is sent by the receiver and no retry is performed by the sender.
     * The message arrives at the receiver either once or not at all.
     */
    QoS[QoS["AtMostOnce"] = 0] = "AtMostOnce";
    /**
     * QoS 1 - At least once delivery
     * This quality of service ensures that the message arrives at the receiver at least once.
     */
    QoS[QoS["AtLeastOnce"] = 1] = "AtLeastOnce";
    /**
     * QoS 2 - Exactly once delivery

     * This is the highest quality of service, for use when neither loss nor
     * duplication of messages are acceptable. There is an increased overhead
     * associated with this quality of service.

     * Note that, while this client supports QoS 2, the AWS IoT Core service
     * does not support QoS 2 at time of writing (May 2020).
     */
    QoS[QoS["ExactlyOnce"] = 2] = "ExactlyOnce";
})(QoS = exports.QoS || (exports.QoS = {}));
/**
 * A Will message is published by the server if a client is lost unexpectedly.
 *
 * The Will message is stored on the server when a client connects.
 * It is published if the client connection is lost without the server
 * receiving a DISCONNECT packet.
 *
 * [MQTT - 3.1.2 - 8]
 *
 * @category MQTT
 */
class MqttWill {
    constructor(
    /** Topic to publish Will message on. */
    topic, 
    /** QoS used when publishing the Will message. */
    qos, 
    /** Content of Will message. */
    payload, 
    /** Whether the Will message is to be retained when it is published. */
    retain = false) {
        this.topic = topic;
        this.qos = qos;
        this.payload = payload;
        this.retain = retain;
    }
}
exports.MqttWill = MqttWill;
/**
 * Const value for max reconnection back off time
 *
 * @category MQTT
 */
exports.DEFAULT_RECONNECT_MAX_SEC = 128;
/**
 * Const value for min reconnection back off time
 *
 * @category MQTT
 */
exports.DEFAULT_RECONNECT_MIN_SEC = 1;
//# sourceMappingURL=mqtt.js.map

/***/ }),

/***/ 29485:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClientOperationQueueBehavior = exports.InboundTopicAliasBehaviorType = exports.OutboundTopicAliasBehaviorType = exports.RetryJitterType = exports.ClientSessionBehavior = void 0;
/**
 * Controls how the MQTT5 client should behave with respect to MQTT sessions.
 */
var ClientSessionBehavior;
(function (ClientSessionBehavior) {
    /** Maps to Clean */
    ClientSessionBehavior[ClientSessionBehavior["Default"] = 0] = "Default";
    /**
     * Always ask for a clean session when connecting
     */
    ClientSessionBehavior[ClientSessionBehavior["Clean"] = 1] = "Clean";
    /**
     * Always attempt to rejoin an existing session after an initial connection success.
     *
     * Session rejoin requires an appropriate non-zero session expiry interval in the client's CONNECT options.
     */
    ClientSessionBehavior[ClientSessionBehavior["RejoinPostSuccess"] = 2] = "RejoinPostSuccess";
    /**
     * Always attempt to rejoin an existing session.  Since the client does not yet support durable session persistence,
     * this option is not guaranteed to be spec compliant because any unacknowledged qos1 publishes (which are
     * part of the client session state) will not be present on the initial connection.  Until we support
     * durable session resumption, this option is technically spec-breaking, but useful.
     */
    ClientSessionBehavior[ClientSessionBehavior["RejoinAlways"] = 3] = "RejoinAlways";
})(ClientSessionBehavior = exports.ClientSessionBehavior || (exports.ClientSessionBehavior = {}));
/**
 * Controls how the reconnect delay is modified in order to smooth out the distribution of reconnection attempt
 * timepoints for a large set of reconnecting clients.
 *
 * See [Exponential Backoff and Jitter](https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/)
 */
var RetryJitterType;
(function (RetryJitterType) {
    /**
     * Maps to Full
     */
    RetryJitterType[RetryJitterType["Default"] = 0] = "Default";
    /**
     * Do not perform any randomization on the reconnect delay:
     * ```NextReconnectDelay = CurrentExponentialBackoffValue```
     */
    RetryJitterType[RetryJitterType["None"] = 1] = "None";
    /**
     * Fully random between no delay and the current exponential backoff value.
     * ```NextReconnectDelay = Random(0, CurrentExponentialBackoffValue)```
     */
    RetryJitterType[RetryJitterType["Full"] = 2] = "Full";
    /**
     * ```NextReconnectDelay = Min(MaxReconnectDelay, Random(MinReconnectDelay, 3 * CurrentReconnectDelay)```
     */
    RetryJitterType[RetryJitterType["Decorrelated"] = 3] = "Decorrelated";
})(RetryJitterType = exports.RetryJitterType || (exports.RetryJitterType = {}));
/**
 * An enumeration that controls how the client applies topic aliasing to outbound publish packets.
 *
 * Topic alias behavior is described in https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901113
 */
var OutboundTopicAliasBehaviorType;
(function (OutboundTopicAliasBehaviorType) {
    /**
     * Maps to Disabled.  This keeps the client from being broken (by default) if the broker
     * topic aliasing implementation has a problem.
     */
    OutboundTopicAliasBehaviorType[OutboundTopicAliasBehaviorType["Default"] = 0] = "Default";
    /**
     * Outbound aliasing is the user's responsibility.  Client will cache and use
     * previously-established aliases if they fall within the negotiated limits of the connection.
     *
     * The user must still always submit a full topic in their publishes because disconnections disrupt
     * topic alias mappings unpredictably.  The client will properly use a requested alias when the most-recently-seen
     * binding for a topic alias value matches the alias and topic in the publish packet.
     */
    OutboundTopicAliasBehaviorType[OutboundTopicAliasBehaviorType["Manual"] = 1] = "Manual";
    /**
     * (Recommended) The client will use an LRU cache to drive alias usage.
     *
     * Manually setting a topic alias will be ignored (the LRU cache is authoritative)
     */
    OutboundTopicAliasBehaviorType[OutboundTopicAliasBehaviorType["LRU"] = 2] = "LRU";
    /**
     * Completely disable outbound topic aliasing.
     */
    OutboundTopicAliasBehaviorType[OutboundTopicAliasBehaviorType["Disabled"] = 3] = "Disabled";
})(OutboundTopicAliasBehaviorType = exports.OutboundTopicAliasBehaviorType || (exports.OutboundTopicAliasBehaviorType = {}));
/**
 * An enumeration that controls whether or not the client allows the broker to send publishes that use topic
 * aliasing.
 *
 * Topic alias behavior is described in https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901113
 */
var InboundTopicAliasBehaviorType;
(function (InboundTopicAliasBehaviorType) {
    /**
     * Maps to Disabled.  This keeps the client from being broken (by default) if the broker
     * topic aliasing implementation has a problem.
     */
    InboundTopicAliasBehaviorType[InboundTopicAliasBehaviorType["Default"] = 0] = "Default";
    /**
     * Allow the server to send PUBLISH packets to the client that use topic aliasing
     */
    InboundTopicAliasBehaviorType[InboundTopicAliasBehaviorType["Enabled"] = 1] = "Enabled";
    /**
     * Forbid the server from sending PUBLISH packets to the client that use topic aliasing
     */
    InboundTopicAliasBehaviorType[InboundTopicAliasBehaviorType["Disabled"] = 2] = "Disabled";
})(InboundTopicAliasBehaviorType = exports.InboundTopicAliasBehaviorType || (exports.InboundTopicAliasBehaviorType = {}));
/**
 * Controls how disconnects affect the queued and in-progress operations tracked by the client.  Also controls
 * how operations are handled while the client is not connected.  In particular, if the client is not connected,
 * then any operation that would be failed on disconnect (according to these rules) will be rejected.
 */
var ClientOperationQueueBehavior;
(function (ClientOperationQueueBehavior) {
    /** Same as FailQos0PublishOnDisconnect */
    ClientOperationQueueBehavior[ClientOperationQueueBehavior["Default"] = 0] = "Default";
    /**
     * Re-queues QoS 1+ publishes on disconnect; un-acked publishes go to the front while unprocessed publishes stay
     * in place.  All other operations (QoS 0 publishes, subscribe, unsubscribe) are failed.
     */
    ClientOperationQueueBehavior[ClientOperationQueueBehavior["FailNonQos1PublishOnDisconnect"] = 1] = "FailNonQos1PublishOnDisconnect";
    /**
     * QoS 0 publishes that are not complete at the time of disconnection are failed.  Un-acked QoS 1+ publishes are
     * re-queued at the head of the line for immediate retransmission on a session resumption.  All other operations
     * are requeued in original order behind any retransmissions.
     */
    ClientOperationQueueBehavior[ClientOperationQueueBehavior["FailQos0PublishOnDisconnect"] = 2] = "FailQos0PublishOnDisconnect";
    /**
     * All operations that are not complete at the time of disconnection are failed, except operations that
     * the MQTT5 spec requires to be retransmitted (un-acked QoS1+ publishes).
     */
    ClientOperationQueueBehavior[ClientOperationQueueBehavior["FailAllOnDisconnect"] = 3] = "FailAllOnDisconnect";
})(ClientOperationQueueBehavior = exports.ClientOperationQueueBehavior || (exports.ClientOperationQueueBehavior = {}));
//# sourceMappingURL=mqtt5.js.map

/***/ }),

/***/ 9008:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PacketType = exports.RetainHandlingType = exports.QoS = exports.PayloadFormatIndicator = exports.isSuccessfulPubackReasonCode = exports.PubackReasonCode = exports.isSuccessfulUnsubackReasonCode = exports.UnsubackReasonCode = exports.isSuccessfulSubackReasonCode = exports.SubackReasonCode = exports.isSuccessfulDisconnectReasonCode = exports.DisconnectReasonCode = exports.isSuccessfulConnectReasonCode = exports.ConnectReasonCode = void 0;
/**
 * Server return code for connect attempts.
 *
 * Enum values match [MQTT5 spec](https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079) encoding values.
 */
var ConnectReasonCode;
(function (ConnectReasonCode) {
    /**
     * Returned when the connection is accepted.
     */
    ConnectReasonCode[ConnectReasonCode["Success"] = 0] = "Success";
    /**
     * (MQTT 311 Only) The connection was rejected because the server does not support the requested protocol version.
     */
    ConnectReasonCode[ConnectReasonCode["UnacceptableProtocolVersion311"] = 1] = "UnacceptableProtocolVersion311";
    /**
     * (MQTT 311 Only) The connection was rejected because the server does not allow the requested client id.
     */
    ConnectReasonCode[ConnectReasonCode["ClientIdRejected311"] = 2] = "ClientIdRejected311";
    /**
     * (MQTT 311 Only) The connection was rejected because the server is not accepting MQTT connections.
     */
    ConnectReasonCode[ConnectReasonCode["ServerUnavailable311"] = 3] = "ServerUnavailable311";
    /**
     * (MQTT 311 Only) The connection was rejected because the server does not accept the data specified in
     * the username or password fields.
     */
    ConnectReasonCode[ConnectReasonCode["InvalidUsernameOrPassword311"] = 4] = "InvalidUsernameOrPassword311";
    /**
     * (MQTT 311 Only) The connection was rejected because the client is not authorized to connect.
     */
    ConnectReasonCode[ConnectReasonCode["NotAuthorized311"] = 5] = "NotAuthorized311";
    /**
     * Returned when the server has a failure but does not want to specify a reason or none
     * of the other reason codes apply.
     */
    ConnectReasonCode[ConnectReasonCode["UnspecifiedError"] = 128] = "UnspecifiedError";
    /**
     * Returned when data in the CONNECT packet could not be correctly parsed by the server.
     */
    ConnectReasonCode[ConnectReasonCode["MalformedPacket"] = 129] = "MalformedPacket";
    /**
     * Returned when data in the CONNECT packet does not conform to the MQTT5 specification requirements.
     */
    ConnectReasonCode[ConnectReasonCode["ProtocolError"] = 130] = "ProtocolError";
    /**
     * Returned when the CONNECT packet is valid but was not accepted by the server.
     */
    ConnectReasonCode[ConnectReasonCode["ImplementationSpecificError"] = 131] = "ImplementationSpecificError";
    /**
     * Returned when the server does not support MQTT5 protocol version specified in the connection.
     */
    ConnectReasonCode[ConnectReasonCode["UnsupportedProtocolVersion"] = 132] = "UnsupportedProtocolVersion";
    /**
     * Returned when the client identifier in the CONNECT packet is a valid string but not one that
     * is allowed on the server.
     */
    ConnectReasonCode[ConnectReasonCode["ClientIdentifierNotValid"] = 133] = "ClientIdentifierNotValid";
    /**
     * Returned when the server does not accept the username and/or password specified by the client
     * in the connection packet.
     */
    ConnectReasonCode[ConnectReasonCode["BadUsernameOrPassword"] = 134] = "BadUsernameOrPassword";
    /**
     * Returned when the client is not authorized to connect to the server.
     */
    ConnectReasonCode[ConnectReasonCode["NotAuthorized"] = 135] = "NotAuthorized";
    /**
     * Returned when the MQTT5 server is not available.
     */
    ConnectReasonCode[ConnectReasonCode["ServerUnavailable"] = 136] = "ServerUnavailable";
    /**
     * Returned when the server is too busy to make a connection. It is recommended that the client try again later.
     */
    ConnectReasonCode[ConnectReasonCode["ServerBusy"] = 137] = "ServerBusy";
    /**
     * Returned when the client has been banned by the server.
     */
    ConnectReasonCode[ConnectReasonCode["Banned"] = 138] = "Banned";
    /**
     * Returned when the authentication method used in the connection is either not supported on the server or it does
     * not match the authentication method currently in use in the CONNECT packet.
     */
    ConnectReasonCode[ConnectReasonCode["BadAuthenticationMethod"] = 140] = "BadAuthenticationMethod";
    /**
     * Returned when the Will topic name sent in the connection packet is correctly formed, but is not accepted by
     * the server.
     */
    ConnectReasonCode[ConnectReasonCode["TopicNameInvalid"] = 144] = "TopicNameInvalid";
    /**
     * Returned when the connection packet exceeded the maximum permissible size on the server.
     */
    ConnectReasonCode[ConnectReasonCode["PacketTooLarge"] = 149] = "PacketTooLarge";
    /**
     * Returned when the quota limits set on the server have been met and/or exceeded.
     */
    ConnectReasonCode[ConnectReasonCode["QuotaExceeded"] = 151] = "QuotaExceeded";
    /**
     * Returned when the Will payload in the CONNECT packet does not match the specified payload format indicator.
     */
    ConnectReasonCode[ConnectReasonCode["PayloadFormatInvalid"] = 153] = "PayloadFormatInvalid";
    /**
     * Returned when the server does not retain messages but the connection packet on the client had Will retain enabled.
     */
    ConnectReasonCode[ConnectReasonCode["RetainNotSupported"] = 154] = "RetainNotSupported";
    /**
     * Returned when the server does not support the QOS setting in the Will QOS in the connection packet.
     */
    ConnectReasonCode[ConnectReasonCode["QosNotSupported"] = 155] = "QosNotSupported";
    /**
     * Returned when the server is telling the client to temporarily use another server instead of the one they
     * are trying to connect to.
     */
    ConnectReasonCode[ConnectReasonCode["UseAnotherServer"] = 156] = "UseAnotherServer";
    /**
     * Returned when the server is telling the client to permanently use another server instead of the one they
     * are trying to connect to.
     */
    ConnectReasonCode[ConnectReasonCode["ServerMoved"] = 157] = "ServerMoved";
    /**
     * Returned when the server connection rate limit has been exceeded.
     */
    ConnectReasonCode[ConnectReasonCode["ConnectionRateExceeded"] = 159] = "ConnectionRateExceeded";
})(ConnectReasonCode = exports.ConnectReasonCode || (exports.ConnectReasonCode = {}));
/**
 * Determines if a reason code represents a successful connect operation
 *
 * @param reasonCode reason code to check success for
 */
function isSuccessfulConnectReasonCode(reasonCode) {
    return reasonCode == ConnectReasonCode.Success;
}
exports.isSuccessfulConnectReasonCode = isSuccessfulConnectReasonCode;
/**
 * Reason code inside DISCONNECT packets.  Helps determine why a connection was terminated.
 *
 * Enum values match [MQTT5 spec](https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208) encoding values.
 */
var DisconnectReasonCode;
(function (DisconnectReasonCode) {
    /**
     * Returned when the remote endpoint wishes to disconnect normally. Will not trigger the publish of a Will message if a
     * Will message was configured on the connection.
     *
     * May be sent by the client or server.
     */
    DisconnectReasonCode[DisconnectReasonCode["NormalDisconnection"] = 0] = "NormalDisconnection";
    /**
     * Returns that the client wants to disconnect but requires that the server publish the Will message configured
     * on the connection.
     *
     * May only be sent by the client.
     */
    DisconnectReasonCode[DisconnectReasonCode["DisconnectWithWillMessage"] = 4] = "DisconnectWithWillMessage";
    /**
     * Returned when the connection was closed but the sender does not want to specify a reason or none
     * of the other reason codes apply.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["UnspecifiedError"] = 128] = "UnspecifiedError";
    /**
     * Indicates the remote endpoint received a packet that does not conform to the MQTT specification.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["MalformedPacket"] = 129] = "MalformedPacket";
    /**
     * Returned when an unexpected or out-of-order packet was received by the remote endpoint.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["ProtocolError"] = 130] = "ProtocolError";
    /**
     * Returned when a valid packet was received by the remote endpoint, but could not be processed by the current implementation.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["ImplementationSpecificError"] = 131] = "ImplementationSpecificError";
    /**
     * Returned when the remote endpoint received a packet that represented an operation that was not authorized within
     * the current connection.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["NotAuthorized"] = 135] = "NotAuthorized";
    /**
     * Returned when the server is busy and cannot continue processing packets from the client.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["ServerBusy"] = 137] = "ServerBusy";
    /**
     * Returned when the server is shutting down.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["ServerShuttingDown"] = 139] = "ServerShuttingDown";
    /**
     * Returned when the server closes the connection because no packet from the client has been received in
     * 1.5 times the KeepAlive time set when the connection was established.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["KeepAliveTimeout"] = 141] = "KeepAliveTimeout";
    /**
     * Returned when the server has established another connection with the same client ID as a client's current
     * connection, causing the current client to become disconnected.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["SessionTakenOver"] = 142] = "SessionTakenOver";
    /**
     * Returned when the topic filter name is correctly formed but not accepted by the server.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["TopicFilterInvalid"] = 143] = "TopicFilterInvalid";
    /**
     * Returned when topic name is correctly formed, but is not accepted.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["TopicNameInvalid"] = 144] = "TopicNameInvalid";
    /**
     * Returned when the remote endpoint reached a state where there were more in-progress QoS1+ publishes then the
     * limit it established for itself when the connection was opened.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["ReceiveMaximumExceeded"] = 147] = "ReceiveMaximumExceeded";
    /**
     * Returned when the remote endpoint receives a PUBLISH packet that contained a topic alias greater than the
     * maximum topic alias limit that it established for itself when the connection was opened.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["TopicAliasInvalid"] = 148] = "TopicAliasInvalid";
    /**
     * Returned when the remote endpoint received a packet whose size was greater than the maximum packet size limit
     * it established for itself when the connection was opened.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["PacketTooLarge"] = 149] = "PacketTooLarge";
    /**
     * Returned when the remote endpoint's incoming data rate was too high.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["MessageRateTooHigh"] = 150] = "MessageRateTooHigh";
    /**
     * Returned when an internal quota of the remote endpoint was exceeded.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["QuotaExceeded"] = 151] = "QuotaExceeded";
    /**
     * Returned when the connection was closed due to an administrative action.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["AdministrativeAction"] = 152] = "AdministrativeAction";
    /**
     * Returned when the remote endpoint received a packet where payload format did not match the format specified
     * by the payload format indicator.
     *
     * May be sent by the client or the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["PayloadFormatInvalid"] = 153] = "PayloadFormatInvalid";
    /**
     * Returned when the server does not support retained messages.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["RetainNotSupported"] = 154] = "RetainNotSupported";
    /**
     * Returned when the client sends a QOS that is greater than the maximum QOS established when the connection was
     * opened.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["QosNotSupported"] = 155] = "QosNotSupported";
    /**
     * Returned by the server to tell the client to temporarily use a different server.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["UseAnotherServer"] = 156] = "UseAnotherServer";
    /**
     * Returned by the server to tell the client to permanently use a different server.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["ServerMoved"] = 157] = "ServerMoved";
    /**
     * Returned by the server to tell the client that shared subscriptions are not supported on the server.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["SharedSubscriptionsNotSupported"] = 158] = "SharedSubscriptionsNotSupported";
    /**
     * Returned when the server disconnects the client due to the connection rate being too high.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["ConnectionRateExceeded"] = 159] = "ConnectionRateExceeded";
    /**
     * Returned by the server when the maximum connection time authorized for the connection was exceeded.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["MaximumConnectTime"] = 160] = "MaximumConnectTime";
    /**
     * Returned by the server when it received a SUBSCRIBE packet with a subscription identifier, but the server does
     * not support subscription identifiers.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["SubscriptionIdentifiersNotSupported"] = 161] = "SubscriptionIdentifiersNotSupported";
    /**
     * Returned by the server when it received a SUBSCRIBE packet with a wildcard topic filter, but the server does
     * not support wildcard topic filters.
     *
     * May only be sent by the server.
     */
    DisconnectReasonCode[DisconnectReasonCode["WildcardSubscriptionsNotSupported"] = 162] = "WildcardSubscriptionsNotSupported";
})(DisconnectReasonCode = exports.DisconnectReasonCode || (exports.DisconnectReasonCode = {}));
/**
 * Determines if a reason code represents a successful disconnect operation
 *
 * @param reasonCode reason code to check success for
 */
function isSuccessfulDisconnectReasonCode(reasonCode) {
    return reasonCode < 128;
}
exports.isSuccessfulDisconnectReasonCode = isSuccessfulDisconnectReasonCode;
/**
 * Reason codes inside SUBACK packet payloads that specify the results for each subscription in the associated
 * SUBSCRIBE packet.
 *
 * Enum values match [MQTT5 spec](https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178) encoding values.
 */
var SubackReasonCode;
(function (SubackReasonCode) {
    /**
     * Returned when the subscription was accepted and the maximum QOS sent will be QOS 0.
     */
    SubackReasonCode[SubackReasonCode["GrantedQoS0"] = 0] = "GrantedQoS0";
    /**
     * Returned when the subscription was accepted and the maximum QOS sent will be QOS 1.
     */
    SubackReasonCode[SubackReasonCode["GrantedQoS1"] = 1] = "GrantedQoS1";
    /**
     * Returned when the subscription was accepted and the maximum QOS sent will be QOS 2.
     */
    SubackReasonCode[SubackReasonCode["GrantedQoS2"] = 2] = "GrantedQoS2";
    /**
     * Generic reason code used in MQTT311 to indicate subscription failure
     */
    SubackReasonCode[SubackReasonCode["Failure311"] = 128] = "Failure311";
    /**
     * Returned when the connection was closed but the sender does not want to specify a reason or none
     * of the other reason codes apply.
     */
    SubackReasonCode[SubackReasonCode["UnspecifiedError"] = 128] = "UnspecifiedError";
    /**
     * Returned when the subscription was valid but the server did not accept it.
     */
    SubackReasonCode[SubackReasonCode["ImplementationSpecificError"] = 131] = "ImplementationSpecificError";
    /**
     * Returned when the client was not authorized to make the subscription on the server.
     */
    SubackReasonCode[SubackReasonCode["NotAuthorized"] = 135] = "NotAuthorized";
    /**
     * Returned when the subscription topic filter was correctly formed but not allowed for the client.
     */
    SubackReasonCode[SubackReasonCode["TopicFilterInvalid"] = 143] = "TopicFilterInvalid";
    /**
     * Returned when the packet identifier was already in use on the server.
     */
    SubackReasonCode[SubackReasonCode["PacketIdentifierInUse"] = 145] = "PacketIdentifierInUse";
    /**
     * Returned when a subscribe-related quota set on the server was exceeded.
     */
    SubackReasonCode[SubackReasonCode["QuotaExceeded"] = 151] = "QuotaExceeded";
    /**
     * Returned when the subscription's topic filter was a shared subscription and the server does not support
     * shared subscriptions.
     */
    SubackReasonCode[SubackReasonCode["SharedSubscriptionsNotSupported"] = 158] = "SharedSubscriptionsNotSupported";
    /**
     * Returned when the SUBSCRIBE packet contained a subscription identifier and the server does not support
     * subscription identifiers.
     */
    SubackReasonCode[SubackReasonCode["SubscriptionIdentifiersNotSupported"] = 161] = "SubscriptionIdentifiersNotSupported";
    /**
     * Returned when the subscription's topic filter contains a wildcard but the server does not support
     * wildcard subscriptions.
     */
    SubackReasonCode[SubackReasonCode["WildcardSubscriptionsNotSupported"] = 162] = "WildcardSubscriptionsNotSupported";
})(SubackReasonCode = exports.SubackReasonCode || (exports.SubackReasonCode = {}));
/**
 * Determines if a reason code represents a successful subscribe operation
 *
 * @param reasonCode reason code to check success for
 */
function isSuccessfulSubackReasonCode(reasonCode) {
    return reasonCode < 128;
}
exports.isSuccessfulSubackReasonCode = isSuccessfulSubackReasonCode;
/**
 * Reason codes inside UNSUBACK packet payloads that specify the results for each topic filter in the associated
 * UNSUBSCRIBE packet.
 *
 * Enum values match [MQTT5 spec](https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194) encoding values.
 */
var UnsubackReasonCode;
(function (UnsubackReasonCode) {
    /**
     * Returned when the unsubscribe was successful and the client is no longer subscribed to the topic filter on the server.
     */
    UnsubackReasonCode[UnsubackReasonCode["Success"] = 0] = "Success";
    /**
     * Returned when the topic filter did not match one of the client's existing subscriptions on the server.
     */
    UnsubackReasonCode[UnsubackReasonCode["NoSubscriptionExisted"] = 17] = "NoSubscriptionExisted";
    /**
     * Returned when the unsubscribe of the topic filter was not accepted and the server does not want to specify a
     * reason or none of the other reason codes apply.
     */
    UnsubackReasonCode[UnsubackReasonCode["UnspecifiedError"] = 128] = "UnspecifiedError";
    /**
     * Returned when the topic filter was valid but the server does not accept an unsubscribe for it.
     */
    UnsubackReasonCode[UnsubackReasonCode["ImplementationSpecificError"] = 131] = "ImplementationSpecificError";
    /**
     * Returned when the client was not authorized to unsubscribe from that topic filter on the server.
     */
    UnsubackReasonCode[UnsubackReasonCode["NotAuthorized"] = 135] = "NotAuthorized";
    /**
     * Returned when the topic filter was correctly formed but is not allowed for the client on the server.
     */
    UnsubackReasonCode[UnsubackReasonCode["TopicFilterInvalid"] = 143] = "TopicFilterInvalid";
    /**
     * Returned when the packet identifier was already in use on the server.
     */
    UnsubackReasonCode[UnsubackReasonCode["PacketIdentifierInUse"] = 145] = "PacketIdentifierInUse";
})(UnsubackReasonCode = exports.UnsubackReasonCode || (exports.UnsubackReasonCode = {}));
/**
 * Determines if a reason code represents a successful unsubscribe operation
 *
 * @param reasonCode reason code to check success for
 */
function isSuccessfulUnsubackReasonCode(reasonCode) {
    return reasonCode < 128;
}
exports.isSuccessfulUnsubackReasonCode = isSuccessfulUnsubackReasonCode;
/**
 * Reason code inside PUBACK packets that indicates the result of the associated PUBLISH request.
 *
 * Enum values match [MQTT5 spec](https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124) encoding values.
 */
var PubackReasonCode;
(function (PubackReasonCode) {
    /**
     * Returned when the (QoS 1) publish was accepted by the recipient.
     *
     * May be sent by the client or the server.
     */
    PubackReasonCode[PubackReasonCode["Success"] = 0] = "Success";
    /**
     * Returned when the (QoS 1) publish was accepted but there were no matching subscribers.
     *
     * May only be sent by the server.
     */
    PubackReasonCode[PubackReasonCode["NoMatchingSubscribers"] = 16] = "NoMatchingSubscribers";
    /**
     * Returned when the (QoS 1) publish was not accepted and the receiver does not want to specify a reason or none
     * of the other reason codes apply.
     *
     * May be sent by the client or the server.
     */
    PubackReasonCode[PubackReasonCode["UnspecifiedError"] = 128] = "UnspecifiedError";
    /**
     * Returned when the (QoS 1) publish was valid but the receiver was not willing to accept it.
     *
     * May be sent by the client or the server.
     */
    PubackReasonCode[PubackReasonCode["ImplementationSpecificError"] = 131] = "ImplementationSpecificError";
    /**
     * Returned when the (QoS 1) publish was not authorized by the receiver.
     *
     * May be sent by the client or the server.
     */
    PubackReasonCode[PubackReasonCode["NotAuthorized"] = 135] = "NotAuthorized";
    /**
     * Returned when the topic name was valid but the receiver was not willing to accept it.
     *
     * May be sent by the client or the server.
     */
    PubackReasonCode[PubackReasonCode["TopicNameInvalid"] = 144] = "TopicNameInvalid";
    /**
     * Returned when the packet identifier used in the associated PUBLISH was already in use.
     * This can indicate a mismatch in the session state between client and server.
     *
     * May be sent by the client or the server.
     */
    PubackReasonCode[PubackReasonCode["PacketIdentifierInUse"] = 145] = "PacketIdentifierInUse";
    /**
     * Returned when the associated PUBLISH failed because an internal quota on the recipient was exceeded.
     *
     * May be sent by the client or the server.
     */
    PubackReasonCode[PubackReasonCode["QuotaExceeded"] = 151] = "QuotaExceeded";
    /**
     * Returned when the PUBLISH packet's payload format did not match its payload format indicator property.
     *
     * May be sent by the client or the server.
     */
    PubackReasonCode[PubackReasonCode["PayloadFormatInvalid"] = 153] = "PayloadFormatInvalid";
})(PubackReasonCode = exports.PubackReasonCode || (exports.PubackReasonCode = {}));
/**
 * Determines if a reason code represents a successful QoS 1 publish operation
 *
 * @param reasonCode reason code to check success for
 */
function isSuccessfulPubackReasonCode(reasonCode) {
    return reasonCode < 128;
}
exports.isSuccessfulPubackReasonCode = isSuccessfulPubackReasonCode;
/**
 * Optional property describing a PUBLISH payload's format.
 *
 * Enum values match [MQTT5 spec](https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901111) encoding values.
 */
var PayloadFormatIndicator;
(function (PayloadFormatIndicator) {
    /**
     * The payload is arbitrary binary data
     */
    PayloadFormatIndicator[PayloadFormatIndicator["Bytes"] = 0] = "Bytes";
    /**
     * The payload is a well-formed utf-8 string value.
     */
    PayloadFormatIndicator[PayloadFormatIndicator["Utf8"] = 1] = "Utf8";
})(PayloadFormatIndicator = exports.PayloadFormatIndicator || (exports.PayloadFormatIndicator = {}));
/**
 * MQTT message delivery quality of service.
 *
 * Enum values match [MQTT5 spec](https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901234) encoding values.
 */
var QoS;
(function (QoS) {
    /**
     * The message is delivered according to the capabilities of the underlying network. No response is sent by the
     * receiver and no retry is performed by the sender. The message arrives at the receiver either once or not at all.
     */
    QoS[QoS["AtMostOnce"] = 0] = "AtMostOnce";
    /**
     * A level of service that ensures that the message arrives at the receiver at least once.
     */
    QoS[QoS["AtLeastOnce"] = 1] = "AtLeastOnce";
    /**
     * A level of service that ensures that the message arrives at the receiver exactly once.
     */
    QoS[QoS["ExactlyOnce"] = 2] = "ExactlyOnce";
})(QoS = exports.QoS || (exports.QoS = {}));
/**
 * Configures how retained messages should be handled when subscribing with a topic filter that matches topics with
 * associated retained messages.
 *
 * Enum values match [MQTT5 spec](https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901169) encoding values.
 */
var RetainHandlingType;
(function (RetainHandlingType) {
    /**
     * The server should always send all retained messages on topics that match a subscription's filter.
     */
    RetainHandlingType[RetainHandlingType["SendOnSubscribe"] = 0] = "SendOnSubscribe";
    /**
     * The server should send retained messages on topics that match the subscription's filter, but only for the
     * first matching subscription, per session.
     */
    RetainHandlingType[RetainHandlingType["SendOnSubscribeIfNew"] = 1] = "SendOnSubscribeIfNew";
    /**
     * Subscriptions must not trigger any retained message publishes from the server.
     */
    RetainHandlingType[RetainHandlingType["DontSend"] = 2] = "DontSend";
})(RetainHandlingType = exports.RetainHandlingType || (exports.RetainHandlingType = {}));
/**
 * Packet type indicator that allows for basic polymorphism with user-received packets.  Enum values
 * match the mqtt spec's [packet type encoding](https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901022) values.
 */
var PacketType;
(function (PacketType) {
    PacketType[PacketType["Connect"] = 1] = "Connect";
    PacketType[PacketType["Connack"] = 2] = "Connack";
    PacketType[PacketType["Publish"] = 3] = "Publish";
    PacketType[PacketType["Puback"] = 4] = "Puback";
    PacketType[PacketType["Pubrec"] = 5] = "Pubrec";
    PacketType[PacketType["Pubrel"] = 6] = "Pubrel";
    PacketType[PacketType["Pubcomp"] = 7] = "Pubcomp";
    PacketType[PacketType["Subscribe"] = 8] = "Subscribe";
    PacketType[PacketType["Suback"] = 9] = "Suback";
    PacketType[PacketType["Unsubscribe"] = 10] = "Unsubscribe";
    PacketType[PacketType["Unsuback"] = 11] = "Unsuback";
    PacketType[PacketType["Pingreq"] = 12] = "Pingreq";
    PacketType[PacketType["Pingresp"] = 13] = "Pingresp";
    PacketType[PacketType["Disconnect"] = 14] = "Disconnect";
    PacketType[PacketType["Auth"] = 15] = "Auth";
})(PacketType = exports.PacketType || (exports.PacketType = {}));
//# sourceMappingURL=mqtt5_packet.js.map

/***/ }),

/***/ 6834:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SubscriptionStatusEventType = void 0;
/**
 * The type of change to the state of a streaming operation subscription
 */
var SubscriptionStatusEventType;
(function (SubscriptionStatusEventType) {
    /**
     * The streaming operation is successfully subscribed to its topic (filter)
     */
    SubscriptionStatusEventType[SubscriptionStatusEventType["SubscriptionEstablished"] = 0] = "SubscriptionEstablished";
    /**
     * The streaming operation has temporarily lost its subscription to its topic (filter)
     */
    SubscriptionStatusEventType[SubscriptionStatusEventType["SubscriptionLost"] = 1] = "SubscriptionLost";
    /**
     * The streaming operation has entered a terminal state where it has given up trying to subscribe
     * to its topic (filter).  This is always due to user error (bad topic filter or IoT Core permission policy).
     */
    SubscriptionStatusEventType[SubscriptionStatusEventType["SubscriptionHalted"] = 2] = "SubscriptionHalted";
})(SubscriptionStatusEventType = exports.SubscriptionStatusEventType || (exports.SubscriptionStatusEventType = {}));
//# sourceMappingURL=mqtt_request_response.js.map

/***/ }),

/***/ 32228:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RequestResponseClientState = exports.StreamingOperationState = void 0;
/**
 * @packageDocumentation
 * @module mqtt_request_response
 */
var StreamingOperationState;
(function (StreamingOperationState) {
    StreamingOperationState[StreamingOperationState["None"] = 0] = "None";
    StreamingOperationState[StreamingOperationState["Open"] = 1] = "Open";
    StreamingOperationState[StreamingOperationState["Closed"] = 2] = "Closed";
})(StreamingOperationState = exports.StreamingOperationState || (exports.StreamingOperationState = {}));
var RequestResponseClientState;
(function (RequestResponseClientState) {
    RequestResponseClientState[RequestResponseClientState["Ready"] = 0] = "Ready";
    RequestResponseClientState[RequestResponseClientState["Closed"] = 1] = "Closed";
})(RequestResponseClientState = exports.RequestResponseClientState || (exports.RequestResponseClientState = {}));
//# sourceMappingURL=mqtt_request_response_internal.js.map

/***/ }),

/***/ 69986:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PublishAcknowledgementHandle = exports.queueAcknowledgeableEvent = exports.emitAcknowledgeableEvent = exports.PublishAcknowledgementHandleWrapper = exports.DEFAULT_RECEIVE_MAXIMUM = exports.MAXIMUM_PACKET_SIZE = exports.MAXIMUM_VARIABLE_LENGTH_INTEGER = exports.DEFAULT_KEEP_ALIVE = exports.AWSIoTMetrics = exports.SDK_NAME = exports.normalize_payload = exports.ProtocolMode = void 0;
/**
 * @internal
 */
var ProtocolMode;
(function (ProtocolMode) {
    ProtocolMode[ProtocolMode["Mqtt311"] = 0] = "Mqtt311";
    ProtocolMode[ProtocolMode["Mqtt5"] = 1] = "Mqtt5";
})(ProtocolMode = exports.ProtocolMode || (exports.ProtocolMode = {}));
/**
 * Converts payload to Buffer or string regardless of the supplied type
 * @param payload The payload to convert
 * @internal
 */
function normalize_payload(payload) {
    if (payload instanceof Buffer) {
        // pass Buffer through
        return payload;
    }
    if (typeof payload === 'string') {
        // pass string through
        return payload;
    }
    if (ArrayBuffer.isView(payload)) {
        // return Buffer with view upon the same bytes (no copy)
        const view = payload;
        return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    }
    if (payload instanceof ArrayBuffer) {
        // return Buffer with view upon the same bytes (no copy)
        return Buffer.from(payload);
    }
    if (typeof payload === 'object') {
        // Convert Object to JSON string
        return JSON.stringify(payload);
    }
    if (!payload) {
        return "";
    }
    throw new TypeError("payload parameter must be a string, object, or DataView.");
}
exports.normalize_payload = normalize_payload;
/**
 * SDK name used for metrics and identification
 * @internal
 */
exports.SDK_NAME = "IoTDeviceSDK/JS";
/**
 * IoT Device SDK Metrics Structure
 */
class AWSIoTMetrics {
    constructor() {
        /**
         * Name of the library
         */
        this.libraryName = exports.SDK_NAME;
        this.metadata = new Array;
    }
}
exports.AWSIoTMetrics = AWSIoTMetrics;
/** @internal */
exports.DEFAULT_KEEP_ALIVE = 1200;
/** @internal */
exports.MAXIMUM_VARIABLE_LENGTH_INTEGER = 268435455;
/** @internal */
exports.MAXIMUM_PACKET_SIZE = 5 + exports.MAXIMUM_VARIABLE_LENGTH_INTEGER;
/** @internal */
exports.DEFAULT_RECEIVE_MAXIMUM = 65535;
/**
 * Wrapper class containing a one-use singleton handle that can be used to trigger sending the acknowledgement (Puback in
 * QoS 1, Pubrec in QoS 2) packet for an incoming publish.
 */
class PublishAcknowledgementHandleWrapper {
    constructor(handle) {
        this.ackHandle = handle;
    }
    /**
     * Attempt to take the acknowledgement handle held by the wrapper.  This will only succeed for the first caller;
     * after the initial call, null will be returned.  By taking the handle, the caller assumes responsibility
     * for sending the acknowledgement packet associated with the incoming publish packet.  Failing to trigger the
     * acknowledgement will cause the broker to potentially re-send the publish.
     */
    acquireHandle() {
        let handle = this.ackHandle;
        this.ackHandle = null;
        return handle;
    }
}
exports.PublishAcknowledgementHandleWrapper = PublishAcknowledgementHandleWrapper;
function movePublishAcknowledgementHandleWrapper(wrapper, compositionFunctor) {
    if (wrapper) {
        let handle = wrapper.acquireHandle();
        if (compositionFunctor && handle) {
            let interiorHandle = handle;
            handle = new PublishAcknowledgementHandle(() => {
                interiorHandle.invokeAcknowledgement();
                compositionFunctor();
            });
        }
        return new PublishAcknowledgementHandleWrapper(handle);
    }
    return undefined;
}
/** @internal */
function emitAcknowledgeableEvent(emitter, ackEvent, ackEventPayload, wrapperFieldName, ackHandleWrapper, compositionFunctor) {
    ackHandleWrapper = movePublishAcknowledgementHandleWrapper(ackHandleWrapper, compositionFunctor);
    if (ackHandleWrapper) {
        ackEventPayload[wrapperFieldName] = ackHandleWrapper;
        emitter.emitWithCallback(ackEvent, () => {
            if (ackHandleWrapper) {
                let handle = ackHandleWrapper.acquireHandle();
                if (handle) {
                    // Even if corked, all listeners have had a chance to react to the event
                    // and acquire the acknowledgement handle if they wanted to.  If no one did so, then we do it ourselves.
                    handle.invokeAcknowledgement();
                }
            }
        }, ackEventPayload);
    }
    else {
        emitter.emit(ackEvent, ackEventPayload);
    }
}
exports.emitAcknowledgeableEvent = emitAcknowledgeableEvent;
/** @internal */
function queueAcknowledgeableEvent(emitter, ackEvent, ackEventPayload, wrapperFieldName, ackHandleWrapper, compositionFunctor) {
    let wrapper = movePublishAcknowledgementHandleWrapper(ackHandleWrapper, compositionFunctor);
    queueMicrotask(() => {
        if (wrapper) {
            ackEventPayload[wrapperFieldName] = wrapper;
            emitter.emitWithCallback(ackEvent, () => {
                if (wrapper) {
                    let handle = wrapper.acquireHandle();
                    if (handle) {
                        // Even if corked, all listeners have had a chance to react to the event
                        // and acquire the acknowledgement handle if they wanted to.  If no one did so, then we do it ourselves.
                        handle.invokeAcknowledgement();
                    }
                }
            }, ackEventPayload);
        }
        else {
            emitter.emit(ackEvent, ackEventPayload);
        }
    });
}
exports.queueAcknowledgeableEvent = queueAcknowledgeableEvent;
/**
 * Object that allows the holder to trigger the acknowledgement for an associated publish packet.
 */
class PublishAcknowledgementHandle {
    constructor(acknowledgementFunction) {
        this.acknowledgementFunction = acknowledgementFunction;
    }
    /**
     * trigger the acknowledgement for an associated Publish packet
     */
    invokeAcknowledgement() {
        let acknowledgementFunction = this.acknowledgementFunction;
        this.acknowledgementFunction = undefined;
        if (acknowledgementFunction) {
            acknowledgementFunction();
        }
    }
}
exports.PublishAcknowledgementHandle = PublishAcknowledgementHandle;
//# sourceMappingURL=mqtt_shared.js.map

/***/ }),

/***/ 45141:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.crt_version = exports.package_info = exports.is_browser = exports.is_nodejs = void 0;
/**
 *
 * A module containing miscellaneous platform-related queries
 *
 * @packageDocumentation
 * @module platform
 * @mergeTarget
 */
/**
 * Returns true if this script is running under nodejs
 *
 * @category System
 */
function is_nodejs() {
    return (typeof process === 'object' &&
        typeof process.versions === 'object' &&
        typeof process.versions.node !== 'undefined');
}
exports.is_nodejs = is_nodejs;
/**
 * Returns true if this script is running in a browser
 *
 * @category System
 */
function is_browser() {
    return !is_nodejs();
}
exports.is_browser = is_browser;
/**
 * Returns the package information for aws-crt-nodejs
 *
 * @category System
 */
function package_info() {
    try {
        const pkg = __webpack_require__(10467);
        return pkg;
    }
    catch (err) {
        return {
            name: 'aws-crt-nodejs',
            version: 'UNKNOWN'
        };
    }
}
exports.package_info = package_info;
/**
 * Returns the AWS CRT version
 *
 * @category System
 */
function crt_version() {
    const pkg = package_info();
    return pkg.version;
}
exports.crt_version = crt_version;
//# sourceMappingURL=platform.js.map

/***/ }),

/***/ 31357:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.newLiftedPromise = exports.makeSelfCleaningPromise = void 0;
/**
 * A helper function that takes a promise and creates a wrapper promise that invokes a cleanup function when the inner
 * promise is completed for any reason.  The primary use is to remove event listeners related to promise completion
 * when the promise actually completes.  This allows us to keep the number of listeners on a CancelController bounded by
 * the number of incomplete promises associated with it.  If we didn't clean up, the listener set would grow
 * without limit.
 *
 * For cancellation, this leads to an internal usage pattern that is strongly recommended:
 *
 * ```
 * async doSomethingCancellable(...) : Promise<...> {
 *    removeListenerFunctor = undefined;
 *
 *    innerPromise = new Promise(async (resolve, reject) => {
 *       ...
 *
 *       cancelListenerFunction = () => { clean up and reject innerPromise };
 *       removeListenerFunctor = cancelController.addListener(cancelListenerFunction);
 *
 *       ...
 *    }
 *
 *    return makeSelfCleaningPromise(innerPromise, removeListenerFunctor);
 * }
 * ```
 *
 * @param promise promise to wrap with automatic cleanup
 * @param cleaner cleaner function to invoke when the promise is completed
 *
 * @return a promise with matching result/err, that invokes the cleaner function on inner promise completion
 */
function makeSelfCleaningPromise(promise, cleaner) {
    if (!cleaner) {
        return promise;
    }
    return promise.finally(() => { cleaner(); });
}
exports.makeSelfCleaningPromise = makeSelfCleaningPromise;
/**
 * Factory function to create a new LiftedPromise
 *
 * @param promiseBody optional body function to invoke as part of promise creation
 *
 * @return a promise whose resolve and reject methods have been lifted out of the internal body function and made
 * available to external actors
 */
function newLiftedPromise(promiseBody) {
    let localResolve = undefined;
    let localReject = undefined;
    let promise = new Promise((resolve, reject) => {
        localResolve = resolve;
        localReject = reject;
    });
    if (!localResolve || !localReject) {
        // should never happen
        throw new Error("Failed to bind resolve and reject when making lifted promise");
    }
    if (promiseBody) {
        promiseBody(localResolve, localReject);
    }
    return {
        promise: promise,
        resolve: localResolve,
        reject: localReject
    };
}
exports.newLiftedPromise = newLiftedPromise;
//# sourceMappingURL=promise.js.map

/***/ }),

/***/ 10915:
/***/ (function(__unused_webpack_module, exports) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.using = void 0;
/**
 * Use this function to create a resource in an async context. This will make sure the
 * resources are cleaned up before returning.
 *
 * Example:
 * ```
 * await using(res = new SomeResource(), async (res) =>  {
 *     res.do_the_thing();
 * });
 * ```
 *
 * @category System
 */
function using(resource, func) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield func(resource);
        }
        finally {
            resource.close();
        }
    });
}
exports.using = using;
//# sourceMappingURL=resource_safety.js.map

/***/ }),

/***/ 24049:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.set_defined_property = void 0;
/** @internal */
function set_defined_property(object, propertyName, value) {
    if (value === undefined || value == null) {
        return false;
    }
    object[propertyName] = value;
    return true;
}
exports.set_defined_property = set_defined_property;
//# sourceMappingURL=utils.js.map

/***/ }),

/***/ 228:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CrtError = exports.resource_safety = exports.promise = exports.platform = exports.mqtt_request_response = exports.mqtt5 = exports.mqtt = exports.iot = exports.io = exports.http = exports.eventstream = exports.crt = exports.crypto = exports.checksums = exports.cancel = exports.auth = void 0;
// This is the entry point for the AWS CRT nodejs native libraries
/* common libs */
const cancel = __importStar(__webpack_require__(3600));
exports.cancel = cancel;
const platform = __importStar(__webpack_require__(45141));
exports.platform = platform;
const promise = __importStar(__webpack_require__(31357));
exports.promise = promise;
const resource_safety = __importStar(__webpack_require__(10915));
exports.resource_safety = resource_safety;
/* node specific libs */
const auth = __importStar(__webpack_require__(90118));
exports.auth = auth;
const checksums = __importStar(__webpack_require__(20786));
exports.checksums = checksums;
const crt = __importStar(__webpack_require__(26217));
exports.crt = crt;
const crypto = __importStar(__webpack_require__(48749));
exports.crypto = crypto;
const eventstream = __importStar(__webpack_require__(11618));
exports.eventstream = eventstream;
const http = __importStar(__webpack_require__(92960));
exports.http = http;
const io = __importStar(__webpack_require__(41528));
exports.io = io;
const iot = __importStar(__webpack_require__(21158));
exports.iot = iot;
const mqtt = __importStar(__webpack_require__(9130));
exports.mqtt = mqtt;
const mqtt5 = __importStar(__webpack_require__(15795));
exports.mqtt5 = mqtt5;
const mqtt_request_response = __importStar(__webpack_require__(51580));
exports.mqtt_request_response = mqtt_request_response;
const error_1 = __webpack_require__(59440);
Object.defineProperty(exports, "CrtError", ({ enumerable: true, get: function () { return error_1.CrtError; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 90118:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.aws_verify_sigv4a_signing = exports.aws_sign_request = exports.AwsSignedBodyHeaderType = exports.AwsSignedBodyValue = exports.AwsSignatureType = exports.AwsSigningAlgorithm = exports.AwsCredentialsProvider = void 0;
const binding_1 = __importDefault(__webpack_require__(94739));
const error_1 = __webpack_require__(59440);
const io_1 = __webpack_require__(41528);
/**
 * Credentials providers source the AwsCredentials needed to sign an authenticated AWS request.
 *
 * We don't currently expose an interface for fetching credentials from Javascript.
 *
 * @category Auth
 */
/* Subclass for the purpose of exposing a non-NativeHandle based API */
class AwsCredentialsProvider extends binding_1.default.AwsCredentialsProvider {
    /**
     * Creates a new default credentials provider to be used internally for AWS credentials resolution:
     *
     *   The CRT's default provider chain currently sources in this order:
     *
     *     1. Environment
     *     2. Profile
     *     3. (conditional, off by default) ECS
     *     4. (conditional, on by default) EC2 Instance Metadata
     *
     * @param bootstrap (optional) client bootstrap to be used to establish any required network connections
     *
     * @returns a new credentials provider using default credentials resolution rules
     */
    static newDefault(bootstrap = undefined) {
        return super.newDefault(bootstrap != null ? bootstrap.native_handle() : null);
    }
    /**
     * Creates a new credentials provider that returns a fixed set of credentials.
     *
     * @param access_key access key to use in the static credentials
     * @param secret_key secret key to use in the static credentials
     * @param session_token (optional) session token to use in the static credentials
     *
     * @returns a new credentials provider that will return a fixed set of AWS credentials
     */
    static newStatic(access_key, secret_key, session_token) {
        return super.newStatic(access_key, secret_key, session_token);
    }
    /**
     * Creates a new credentials provider that sources credentials from the AWS Cognito Identity service via the
     * GetCredentialsForIdentity http API.
     *
     * @param config provider configuration necessary to make GetCredentialsForIdentity web requests
     *
     * @returns a new credentials provider that returns credentials sourced from the AWS Cognito Identity service
     */
    static newCognito(config) {
        if (config == null || config == undefined) {
            throw new error_1.CrtError("AwsCredentialsProvider newCognito: Cognito config not defined");
        }
        return super.newCognito(config, config.tlsContext != null ? config.tlsContext.native_handle() : new io_1.ClientTlsContext().native_handle(), config.bootstrap != null ? config.bootstrap.native_handle() : null, config.httpProxyOptions ? config.httpProxyOptions.create_native_handle() : null);
    }
    /**
     * Creates a new credentials provider that sources credentials from the the X509 service on AWS IoT Core.
     *
     * @param config provider configuration necessary to source credentials via X509
     *
     * @returns a new credentials provider that returns credentials sourced from the AWS X509 service
     */
    static newX509(config) {
        if (config == null || config == undefined) {
            throw new error_1.CrtError("AwsCredentialsProvider newX509: X509 config not defined");
        }
        return super.newX509(config, config.tlsContext.native_handle(), config.httpProxyOptions ? config.httpProxyOptions.create_native_handle() : null);
    }
}
exports.AwsCredentialsProvider = AwsCredentialsProvider;
/**
 * AWS signing algorithm enumeration.
 *
 * @category Auth
 */
var AwsSigningAlgorithm;
(function (AwsSigningAlgorithm) {
    /** Use the Aws signature version 4 signing process to sign the request */
    AwsSigningAlgorithm[AwsSigningAlgorithm["SigV4"] = 0] = "SigV4";
    /** Use the Aws signature version 4 Asymmetric signing process to sign the request */
    AwsSigningAlgorithm[AwsSigningAlgorithm["SigV4Asymmetric"] = 1] = "SigV4Asymmetric";
})(AwsSigningAlgorithm = exports.AwsSigningAlgorithm || (exports.AwsSigningAlgorithm = {}));
/**
 * AWS signature type enumeration.
 *
 * @category Auth
 */
var AwsSignatureType;
(function (AwsSignatureType) {
    /** Sign an http request and apply the signing results as headers */
    AwsSignatureType[AwsSignatureType["HttpRequestViaHeaders"] = 0] = "HttpRequestViaHeaders";
    /** Sign an http request and apply the signing results as query params */
    AwsSignatureType[AwsSignatureType["HttpRequestViaQueryParams"] = 1] = "HttpRequestViaQueryParams";
    /** Sign an http request payload chunk */
    AwsSignatureType[AwsSignatureType["HttpRequestChunk"] = 2] = "HttpRequestChunk";
    /** Sign an event stream event */
    AwsSignatureType[AwsSignatureType["HttpRequestEvent"] = 3] = "HttpRequestEvent";
})(AwsSignatureType = exports.AwsSignatureType || (exports.AwsSignatureType = {}));
/**
 * Values for use with {@link AwsSigningConfig.signed_body_value}.
 *
 * Some services use special values (e.g. 'UNSIGNED-PAYLOAD') when the body
 * is not being signed in the usual way.
 *
 * @category Auth
 */
var AwsSignedBodyValue;
(function (AwsSignedBodyValue) {
    /** Use the SHA-256 of the empty string as the canonical request payload value */
    AwsSignedBodyValue["EmptySha256"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    /** Use the literal string 'UNSIGNED-PAYLOAD' as the canonical request payload value  */
    AwsSignedBodyValue["UnsignedPayload"] = "UNSIGNED-PAYLOAD";
    /** Use the literal string 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD' as the canonical request payload value  */
    AwsSignedBodyValue["StreamingAws4HmacSha256Payload"] = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    /** Use the literal string 'STREAMING-AWS4-HMAC-SHA256-EVENTS' as the canonical request payload value  */
    AwsSignedBodyValue["StreamingAws4HmacSha256Events"] = "STREAMING-AWS4-HMAC-SHA256-EVENTS";
})(AwsSignedBodyValue = exports.AwsSignedBodyValue || (exports.AwsSignedBodyValue = {}));
/**
 * AWS signed body header enumeration.
 *
 * @category Auth
 */
var AwsSignedBodyHeaderType;
(function (AwsSignedBodyHeaderType) {
    /** Do not add a header containing the canonical request payload value */
    AwsSignedBodyHeaderType[AwsSignedBodyHeaderType["None"] = 0] = "None";
    /** Add the X-Amz-Content-Sha256 header with the canonical request payload value */
    AwsSignedBodyHeaderType[AwsSignedBodyHeaderType["XAmzContentSha256"] = 1] = "XAmzContentSha256";
})(AwsSignedBodyHeaderType = exports.AwsSignedBodyHeaderType || (exports.AwsSignedBodyHeaderType = {}));
/**
 * Perform AWS HTTP request signing.
 *
 * The {@link HttpRequest} is transformed asynchronously,
 * according to the {@link AwsSigningConfig}.
 *
 * When signing:
 *  1.  It is good practice to use a new config for each signature,
 *      or the date might get too old.
 *
 *  2.  Do not add the following headers to requests before signing, they may be added by the signer:
 *      x-amz-content-sha256,
 *      X-Amz-Date,
 *      Authorization
 *
 *  3.  Do not add the following query params to requests before signing, they may be added by the signer:
 *      X-Amz-Signature,
 *      X-Amz-Date,
 *      X-Amz-Credential,
 *      X-Amz-Algorithm,
 *      X-Amz-SignedHeaders
 * @param request The HTTP request to sign.
 * @param config Configuration for signing.
 * @returns A promise whose result will be the signed
 *       {@link HttpRequest}. The future will contain an exception
 *       if the signing process fails.
 *
 * @category Auth
 */
function aws_sign_request(request, config) {
    return __awaiter(this, void 0, void 0, function* () {
        return new Promise((resolve, reject) => {
            try {
                /* Note: if the body of request has not fully loaded, it will lead to an endless loop.
                 * User should set the signed_body_value of config to prevent this endless loop in this case */
                binding_1.default.aws_sign_request(request, config, (error_code) => {
                    if (error_code == 0) {
                        resolve(request);
                    }
                    else {
                        reject(new error_1.CrtError(error_code));
                    }
                });
            }
            catch (error) {
                reject(error);
            }
        });
    });
}
exports.aws_sign_request = aws_sign_request;
/**
 *
 * @internal
 *
 * Test only.
 * Verifies:
 *  (1) The canonical request generated during sigv4a signing of the request matches what is passed in
 *  (2) The signature passed in is a valid ECDSA signature of the hashed string-to-sign derived from the
 *  canonical request
 *
 * @param request The HTTP request to sign.
 * @param config Configuration for signing.
 * @param expected_canonical_request String type of expected canonical request. Refer to XXX(link to doc?)
 * @param signature The generated signature string from {@link aws_sign_request}, which is verified here.
 * @param ecc_key_pub_x the x coordinate of the public part of the ecc key to verify the signature.
 * @param ecc_key_pub_y the y coordinate of the public part of the ecc key to verify the signature
 * @returns True, if the verification succeed. Otherwise, false.
 */
function aws_verify_sigv4a_signing(request, config, expected_canonical_request, signature, ecc_key_pub_x, ecc_key_pub_y) {
    return binding_1.default.aws_verify_sigv4a_signing(request, config, expected_canonical_request, signature, ecc_key_pub_x, ecc_key_pub_y);
}
exports.aws_verify_sigv4a_signing = aws_verify_sigv4a_signing;
//# sourceMappingURL=auth.js.map

/***/ }),

/***/ 65828:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AwsIotMqttConnectionConfigBuilder = void 0;
const mqtt_1 = __webpack_require__(58064);
const io = __importStar(__webpack_require__(41528));
const io_1 = __webpack_require__(41528);
const error_1 = __webpack_require__(59440);
const auth_1 = __webpack_require__(90118);
const iot_shared = __importStar(__webpack_require__(29328));
const aws_iot_metrics_1 = __webpack_require__(66270);
/**
 * Builder functions to create a {@link MqttConnectionConfig} which can then be used to create
 * a {@link MqttClientConnection}, configured for use with AWS IoT.
 *
 * @category IoT
 */
class AwsIotMqttConnectionConfigBuilder {
    constructor(tls_ctx_options) {
        this.tls_ctx_options = tls_ctx_options;
        this.params = {
            client_id: '',
            host_name: '',
            socket_options: new io.SocketOptions(),
            port: 8883,
            use_websocket: false,
            clean_session: false,
            keep_alive: undefined,
            will: undefined,
            username: "",
            password: undefined,
            tls_ctx: undefined,
            reconnect_min_sec: mqtt_1.DEFAULT_RECONNECT_MIN_SEC,
            reconnect_max_sec: mqtt_1.DEFAULT_RECONNECT_MAX_SEC
        };
        this.is_using_custom_authorizer = false;
    }
    /**
     * Create a new builder with mTLS file paths
     * @param cert_path - Path to certificate, in PEM format
     * @param key_path - Path to private key, in PEM format
     */
    static new_mtls_builder_from_path(cert_path, key_path) {
        let builder = new AwsIotMqttConnectionConfigBuilder(io_1.TlsContextOptions.create_client_with_mtls_from_path(cert_path, key_path));
        builder.params.port = 8883;
        if (io.is_alpn_available()) {
            builder.tls_ctx_options.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Create a new builder with mTLS cert pair in memory
     * @param cert - Certificate, in PEM format
     * @param private_key - Private key, in PEM format
     */
    static new_mtls_builder(cert, private_key) {
        let builder = new AwsIotMqttConnectionConfigBuilder(io_1.TlsContextOptions.create_client_with_mtls(cert, private_key));
        builder.params.port = 8883;
        if (io.is_alpn_available()) {
            builder.tls_ctx_options.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Create a new builder with mTLS using a PKCS#11 library for private key operations.
     *
     * NOTE: This configuration only works on Unix devices.
     * @param pkcs11_options - PKCS#11 options.
     */
    static new_mtls_pkcs11_builder(pkcs11_options) {
        let builder = new AwsIotMqttConnectionConfigBuilder(io_1.TlsContextOptions.create_client_with_mtls_pkcs11(pkcs11_options));
        builder.params.port = 8883;
        if (io.is_alpn_available()) {
            builder.tls_ctx_options.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Create a new builder with mTLS using a PKCS#12 file for private key operations.
     *
     * Note: This configuration only works on MacOS devices.
     *
     * @param pkcs12_options - The PKCS#12 options to use in the builder.
     */
    static new_mtls_pkcs12_builder(pkcs12_options) {
        let builder = new AwsIotMqttConnectionConfigBuilder(io_1.TlsContextOptions.create_client_with_mtls_pkcs12_from_path(pkcs12_options.pkcs12_file, pkcs12_options.pkcs12_password));
        builder.params.port = 8883;
        if (io.is_alpn_available()) {
            builder.tls_ctx_options.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Create a new builder with mTLS using a certificate in a Windows certificate store.
     *
     * NOTE: This configuration only works on Windows devices.
     * @param certificate_path - Path to certificate in a Windows certificate store.
     *      The path must use backslashes and end with the certificate's thumbprint.
     *      Example: `CurrentUser\MY\A11F8A9B5DF5B98BA3508FBCA575D09570E0D2C6`
     */
    static new_mtls_windows_cert_store_path_builder(certificate_path) {
        let builder = new AwsIotMqttConnectionConfigBuilder(io_1.TlsContextOptions.create_client_with_mtls_windows_cert_store_path(certificate_path));
        builder.params.port = 8883;
        if (io.is_alpn_available()) {
            builder.tls_ctx_options.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Creates a new builder with default Tls options. This requires setting the connection details manually.
     */
    static new_default_builder() {
        let ctx_options = new io.TlsContextOptions();
        let builder = new AwsIotMqttConnectionConfigBuilder(ctx_options);
        return builder;
    }
    static new_websocket_builder(...args) {
        return this.new_with_websockets(...args);
    }
    static configure_websocket_handshake(builder, options) {
        if (options) {
            if (builder == null || builder == undefined) {
                throw new error_1.CrtError("AwsIotMqttConnectionConfigBuilder configure_websocket_handshake: builder not defined");
            }
            builder.params.websocket_handshake_transform = (request, done) => __awaiter(this, void 0, void 0, function* () {
                var _a, _b, _c;
                const signing_config = (_b = (_a = options.create_signing_config) === null || _a === void 0 ? void 0 : _a.call(options)) !== null && _b !== void 0 ? _b : {
                    algorithm: auth_1.AwsSigningAlgorithm.SigV4,
                    signature_type: auth_1.AwsSignatureType.HttpRequestViaQueryParams,
                    provider: options.credentials_provider,
                    region: options.region,
                    service: (_c = options.service) !== null && _c !== void 0 ? _c : "iotdevicegateway",
                    signed_body_value: auth_1.AwsSignedBodyValue.EmptySha256,
                    omit_session_token: true,
                };
                try {
                    yield (0, auth_1.aws_sign_request)(request, signing_config);
                    done();
                }
                catch (error) {
                    if (error instanceof error_1.CrtError) {
                        done(error.error_code);
                    }
                    else {
                        done(3); /* TODO: AWS_ERROR_UNKNOWN */
                    }
                }
            });
        }
        return builder;
    }
    /**
     * Configures the connection to use MQTT over websockets. Forces the port to 443.
     */
    static new_with_websockets(options) {
        let tls_ctx_options = options === null || options === void 0 ? void 0 : options.tls_ctx_options;
        if (!tls_ctx_options) {
            tls_ctx_options = new io_1.TlsContextOptions();
            tls_ctx_options.alpn_list = [];
        }
        let builder = new AwsIotMqttConnectionConfigBuilder(tls_ctx_options);
        builder.params.use_websocket = true;
        builder.params.proxy_options = options === null || options === void 0 ? void 0 : options.proxy_options;
        if (builder.tls_ctx_options) {
            builder.params.port = 443;
        }
        this.configure_websocket_handshake(builder, options);
        return builder;
    }
    /**
     * For API compatibility with the browser version. Alias for {@link new_with_websockets}.
     *
     * @returns a new websocket connection builder object with default TLS configuration
     */
    static new_builder_for_websocket() {
        return this.new_with_websockets();
    }
    /**
     * Overrides the default system trust store.
     * @param ca_dirpath - Only used on Unix-style systems where all trust anchors are
     * stored in a directory (e.g. /etc/ssl/certs).
     * @param ca_filepath - Single file containing all trust CAs, in PEM format
     */
    with_certificate_authority_from_path(ca_dirpath, ca_filepath) {
        this.tls_ctx_options.override_default_trust_store_from_path(ca_dirpath, ca_filepath);
        return this;
    }
    /**
     * Overrides the default system trust store.
     * @param ca - Buffer containing all trust CAs, in PEM format
     */
    with_certificate_authority(ca) {
        this.tls_ctx_options.override_default_trust_store(ca);
        return this;
    }
    /**
     * Configures which TLS cipher preference should be used when establishing connections
     *
     * @param tls_cipher_preference cipher preference to use
     */
    with_tls_cipher_preference(tls_cipher_preference) {
        this.tls_ctx_options.tls_cipher_preference = tls_cipher_preference;
        return this;
    }
    /**
     * Configures the IoT endpoint for this connection
     * @param endpoint The IoT endpoint to connect to
     */
    with_endpoint(endpoint) {
        this.params.host_name = endpoint;
        return this;
    }
    /**
     * The port to connect to on the IoT endpoint
     * @param port The port to connect to on the IoT endpoint. Usually 8883 for MQTT, or 443 for websockets
     */
    with_port(port) {
        this.params.port = port;
        return this;
    }
    /**
     * Configures the client_id to use to connect to the IoT Core service
     * @param client_id The client id for this connection. Needs to be unique across all devices/clients.
     */
    with_client_id(client_id) {
        this.params.client_id = client_id;
        return this;
    }
    /**
     * Determines whether or not the service should try to resume prior subscriptions, if it has any
     * @param clean_session true if the session should drop prior subscriptions when this client connects, false to resume the session
     */
    with_clean_session(clean_session) {
        this.params.clean_session = clean_session;
        return this;
    }
    /**
     * Configures MQTT keep-alive via PING messages. Note that this is not TCP keepalive.
     * @param keep_alive How often in seconds to send an MQTT PING message to the service to keep the connection alive
     */
    with_keep_alive_seconds(keep_alive) {
        this.params.keep_alive = keep_alive;
        return this;
    }
    /**
     * Configures the TCP socket timeout (in milliseconds)
     * @param timeout_ms TCP socket timeout
     * @deprecated
     */
    with_timeout_ms(timeout_ms) {
        this.with_ping_timeout_ms(timeout_ms);
        return this;
    }
    /**
     * Configures the PINGREQ response timeout (in milliseconds)
     * @param ping_timeout PINGREQ response timeout
     */
    with_ping_timeout_ms(ping_timeout) {
        this.params.ping_timeout = ping_timeout;
        return this;
    }
    /**
     * Configures the protocol operation timeout (in milliseconds)
     * @param protocol_operation_timeout protocol operation timeout
     */
    with_protocol_operation_timeout_ms(protocol_operation_timeout) {
        this.params.protocol_operation_timeout = protocol_operation_timeout;
        return this;
    }
    /**
     * Configures the will message to be sent when this client disconnects
     * @param will The will topic, qos, and message
     */
    with_will(will) {
        this.params.will = will;
        return this;
    }
    /**
     * Configures the common settings for the socket to use when opening a connection to the server
     * @param socket_options The socket settings
     */
    with_socket_options(socket_options) {
        this.params.socket_options = socket_options;
        return this;
    }
    /**
     * Configures AWS credentials (usually from Cognito) for this connection
     * @param aws_region The service region to connect to
     * @param aws_access_id IAM Access ID
     * @param aws_secret_key IAM Secret Key
     * @param aws_sts_token STS token from Cognito (optional)
     */
    with_credentials(aws_region, aws_access_id, aws_secret_key, aws_sts_token) {
        return AwsIotMqttConnectionConfigBuilder.configure_websocket_handshake(this, {
            credentials_provider: auth_1.AwsCredentialsProvider.newStatic(aws_access_id, aws_secret_key, aws_sts_token),
            region: aws_region,
            service: "iotdevicegateway",
        });
    }
    /**
     * Configure the http proxy options to use to establish the connection
     * @param proxy_options proxy options to use to establish the mqtt connection
     */
    with_http_proxy_options(proxy_options) {
        this.params.proxy_options = proxy_options;
        return this;
    }
    /**
     * Sets the custom authorizer settings. This function will modify the username, port, and TLS options.
     *
     * @param username The username to use with the custom authorizer. If an empty string is passed, it will
     *                 check to see if a username has already been set (via WithUsername function). If no
     *                 username is set then no username will be passed with the MQTT connection.
     * @param authorizer_name The name of the custom authorizer. If an empty string is passed, then
     *                       'x-amz-customauthorizer-name' will not be added with the MQTT connection.  It is strongly
     *                       recommended to URL-encode this value; the SDK will not do so for you.
     * @param authorizer_signature The signature of the custom authorizer. If an empty string is passed, then
     *                            'x-amz-customauthorizer-signature' will not be added with the MQTT connection.
     *                            The signature must be based on the private key associated with the custom authorizer.
     *                            The signature must be base64 encoded.
     *                            Required if the custom authorizer has signing enabled.
     * @param password The password to use with the custom authorizer. If null is passed, then no password will
     *                 be set.
     * @param token_key_name Key used to extract the custom authorizer token from MQTT username query-string properties.
     *                       Required if the custom authorizer has signing enabled.  It is strongly suggested to URL-encode
     *                       this value; the SDK will not do so for you.
     * @param token_value An opaque token value.
     *                    Required if the custom authorizer has signing enabled. This value must be signed by the private
     *                    key associated with the custom authorizer and the result placed in the token_signature argument.
     */
    with_custom_authorizer(username, authorizer_name, authorizer_signature, password, token_key_name, token_value) {
        this.is_using_custom_authorizer = true;
        let uri_encoded_signature = iot_shared.canonicalizeCustomAuthTokenSignature(authorizer_signature);
        let username_string = iot_shared.populate_username_string_with_custom_authorizer("", username, authorizer_name, uri_encoded_signature, this.params.username, token_key_name, token_value);
        this.params.username = username_string;
        this.params.password = password;
        if (!this.params.use_websocket) {
            this.tls_ctx_options.alpn_list = ["mqtt"];
        }
        this.params.port = 443;
        return this;
    }
    /**
     * Sets username for the connection
     *
     * @param username the username that will be passed with the MQTT connection
     */
    with_username(username) {
        this.params.username = username;
        return this;
    }
    /**
     * Sets password for the connection
     *
     * @param password the password that will be passed with the MQTT connection
     */
    with_password(password) {
        this.params.password = password;
        return this;
    }
    /**
     * Configure the max reconnection period (in second). The reonnection period will
     * be set in range of [reconnect_min_sec,reconnect_max_sec].
     * @param max_sec max reconnection period
     */
    with_reconnect_max_sec(max_sec) {
        this.params.reconnect_max_sec = max_sec;
        return this;
    }
    /**
     * Configure the min reconnection period (in second). The reonnection period will
     * be set in range of [reconnect_min_sec,reconnect_max_sec].
     * @param min_sec min reconnection period
     */
    with_reconnect_min_sec(min_sec) {
        this.params.reconnect_min_sec = min_sec;
        return this;
    }
    /**
     * Returns the configured MqttConnectionConfig.  On the first invocation of this function, the TLS context is cached
     * and re-used on all subsequent calls to build().
     * @returns The configured MqttConnectionConfig
     */
    build() {
        var _a, _b;
        if (this.params.client_id === undefined || this.params.host_name === undefined) {
            throw 'client_id and endpoint are required';
        }
        // Check to see if a custom authorizer is being used but not through the builder
        if (this.is_using_custom_authorizer == false) {
            if (iot_shared.is_string_and_not_empty(this.params.username)) {
                if (((_a = this.params.username) === null || _a === void 0 ? void 0 : _a.indexOf("x-amz-customauthorizer-name=")) != -1 || ((_b = this.params.username) === null || _b === void 0 ? void 0 : _b.indexOf("x-amz-customauthorizer-signature=")) != -1) {
                    this.is_using_custom_authorizer = true;
                }
            }
        }
        // Is the user trying to connect using a custom authorizer?
        if (this.is_using_custom_authorizer == true) {
            if (this.params.port != 443) {
                console.log("Warning: Attempting to connect to authorizer with unsupported port. Port is not 443...");
            }
        }
        /*
         * By caching and reusing the TLS context we get an enormous memory savings on a per-connection basis.
         * The tradeoff is that you can't modify TLS options in between calls to build.
         * Previously we were making a new one with every single connection which had a huge negative impact on large
         * scale tests.
         */
        if (this.params.tls_ctx === undefined) {
            this.params.tls_ctx = new io.ClientTlsContext(this.tls_ctx_options);
        }
        // Populate SDK identity metrics if not disabled and not already set.
        // The registered factory (if any) is supplied by the upstream IoT device
        // SDK at module load. Without one, this.params.metrics stays undefined and
        // the encoder will produce CRT-only feature metrics with no IoTSDKVersion.
        if (!this.params.disable_metrics && !this.params.metrics) {
            this.params.metrics = (0, aws_iot_metrics_1._buildSdkMetrics)();
        }
        return this.params;
    }
}
exports.AwsIotMqttConnectionConfigBuilder = AwsIotMqttConnectionConfigBuilder;
//# sourceMappingURL=aws_iot.js.map

/***/ }),

/***/ 66270:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.create_metrics_mqtt3 = exports.create_metrics_mqtt5 = exports.get_encoded_feature_list_mqtt3 = exports.get_encoded_feature_list_mqtt5 = exports.minimum_tls_version_metrics_value = exports.tls_cipher_preference_metrics_value = exports.certificate_source_metrics_value = exports.http_proxy_type_metrics_value = exports.socket_implementation_metrics_value = exports.offline_queue_behavior_metrics_value = exports._buildSdkMetrics = exports._setSdkMetricsFactory = exports.create_metrics = exports.merge_feature_lists = exports.protocol_version_metrics_value = exports.inbound_topic_alias_metrics_value = exports.outbound_topic_alias_metrics_value = exports.session_behavior_metrics_value = exports.retry_jitter_metrics_value = exports.MetricsFeatureId = exports.IOT_SDK_METRICS_FEATURE_VERSION = void 0;
/**
 * Native (Node) metrics encoding logic for IoT SDK metrics.
 *
 * @internal
 * @packageDocumentation
 */
const mqtt_shared = __importStar(__webpack_require__(69986));
const common_metrics = __importStar(__webpack_require__(66200));
const common_mqtt5 = __importStar(__webpack_require__(29485));
const aws_iot_metrics_1 = __webpack_require__(66200);
const io_1 = __webpack_require__(41528);
const io_2 = __webpack_require__(45674);
// Re-export shared metrics API so existing callsites and specs importing
// from "./aws_iot_metrics" continue to work unchanged.
var aws_iot_metrics_2 = __webpack_require__(66200);
Object.defineProperty(exports, "IOT_SDK_METRICS_FEATURE_VERSION", ({ enumerable: true, get: function () { return aws_iot_metrics_2.IOT_SDK_METRICS_FEATURE_VERSION; } }));
Object.defineProperty(exports, "MetricsFeatureId", ({ enumerable: true, get: function () { return aws_iot_metrics_2.MetricsFeatureId; } }));
Object.defineProperty(exports, "retry_jitter_metrics_value", ({ enumerable: true, get: function () { return aws_iot_metrics_2.retry_jitter_metrics_value; } }));
Object.defineProperty(exports, "session_behavior_metrics_value", ({ enumerable: true, get: function () { return aws_iot_metrics_2.session_behavior_metrics_value; } }));
Object.defineProperty(exports, "outbound_topic_alias_metrics_value", ({ enumerable: true, get: function () { return aws_iot_metrics_2.outbound_topic_alias_metrics_value; } }));
Object.defineProperty(exports, "inbound_topic_alias_metrics_value", ({ enumerable: true, get: function () { return aws_iot_metrics_2.inbound_topic_alias_metrics_value; } }));
Object.defineProperty(exports, "protocol_version_metrics_value", ({ enumerable: true, get: function () { return aws_iot_metrics_2.protocol_version_metrics_value; } }));
Object.defineProperty(exports, "merge_feature_lists", ({ enumerable: true, get: function () { return aws_iot_metrics_2.merge_feature_lists; } }));
Object.defineProperty(exports, "create_metrics", ({ enumerable: true, get: function () { return aws_iot_metrics_2.create_metrics; } }));
Object.defineProperty(exports, "_setSdkMetricsFactory", ({ enumerable: true, get: function () { return aws_iot_metrics_2._setSdkMetricsFactory; } }));
Object.defineProperty(exports, "_buildSdkMetrics", ({ enumerable: true, get: function () { return aws_iot_metrics_2._buildSdkMetrics; } }));
// ---- Native-only feature value mappers ----
/**
 * Map ClientOperationQueueBehavior to its single-character metrics value.
 *
 * Mapping: FailNonQos1PublishOnDisconnect->A, FailQos0PublishOnDisconnect->B,
 * FailAllOnDisconnect->C.
 * Returns undefined for the default behavior or any unrecognized value.
 * @internal
 */
function offline_queue_behavior_metrics_value(behavior) {
    switch (behavior) {
        case common_mqtt5.ClientOperationQueueBehavior.FailNonQos1PublishOnDisconnect: return "A";
        case common_mqtt5.ClientOperationQueueBehavior.FailQos0PublishOnDisconnect: return "B";
        case common_mqtt5.ClientOperationQueueBehavior.FailAllOnDisconnect: return "C";
        default: return undefined;
    }
}
exports.offline_queue_behavior_metrics_value = offline_queue_behavior_metrics_value;
/**
 * Detect the socket implementation and return its single-character metrics value.
 *
 * Mapping: Windows (IOCP)->B, all other platforms (POSIX)->A.
 * @internal
 */
function socket_implementation_metrics_value() {
    return process.platform === "win32" ? "B" : "A";
}
exports.socket_implementation_metrics_value = socket_implementation_metrics_value;
/**
 * Map proxy options to the single-character metrics value for proxy type.
 *
 * Mapping: HTTPS (has tls_opts)->B, HTTP->A.
 * @internal
 */
function http_proxy_type_metrics_value(proxyOptions) {
    if (proxyOptions === null || proxyOptions === void 0 ? void 0 : proxyOptions.tls_opts) {
        return "B"; // HTTPS
    }
    return "A"; // HTTP
}
exports.http_proxy_type_metrics_value = http_proxy_type_metrics_value;
/**
 * Map CertificateSource to its single-character metrics value.
 *
 * Mapping: CERTIFICATE_FILES->A, PKCS11->B, WINDOWS_CERT_STORE->C, PKCS12_FILE->E.
 * Letter "D" is reserved for Java KeyStore.
 * Returns undefined for unset or unrecognized values.
 * @internal
 */
function certificate_source_metrics_value(source) {
    switch (source) {
        case io_1.CertificateSource.CERTIFICATE_FILES: return "A";
        case io_1.CertificateSource.PKCS11: return "B";
        case io_1.CertificateSource.WINDOWS_CERT_STORE: return "C";
        case io_1.CertificateSource.PKCS12_FILE: return "E";
        default: return undefined;
    }
}
exports.certificate_source_metrics_value = certificate_source_metrics_value;
/**
 * Map TlsCipherPreference to its single-character metrics value.
 *
 * Mapping: PQ_TLSv1_0_2021_05->F, PQ_Default->H, TLSv1_2_2025_07->I.
 * Letters A-E, G, J, K are reserved for cipher preferences exposed by
 * other language SDKs but not by Node.js.
 * Returns undefined for the default or any unrecognized value.
 * @internal
 */
function tls_cipher_preference_metrics_value(pref) {
    switch (pref) {
        case io_1.TlsCipherPreference.PQ_TLSv1_0_2021_05: return "F";
        case io_1.TlsCipherPreference.PQ_Default: return "H";
        case io_1.TlsCipherPreference.TLSv1_2_2025_07: return "I";
        default: return undefined;
    }
}
exports.tls_cipher_preference_metrics_value = tls_cipher_preference_metrics_value;
/**
 * Map TlsVersion to its single-character metrics value.
 *
 * Mapping: SSLv3->A, TLSv1->B, TLSv1_1->C, TLSv1_2->D, TLSv1_3->E.
 * Returns undefined for TlsVersion.Default so the feature is omitted
 * when no minimum was configured.
 * @internal
 */
function minimum_tls_version_metrics_value(version) {
    switch (version) {
        case io_2.TlsVersion.SSLv3: return "A";
        case io_2.TlsVersion.TLSv1: return "B";
        case io_2.TlsVersion.TLSv1_1: return "C";
        case io_2.TlsVersion.TLSv1_2: return "D";
        case io_2.TlsVersion.TLSv1_3: return "E";
        default: return undefined;
    }
}
exports.minimum_tls_version_metrics_value = minimum_tls_version_metrics_value;
// ---- Encoding functions ----
/**
 * Generates the encoded feature list string for metrics from a native
 * MQTT5 client config.
 *
 * Format: "ID/Value,ID/Value,..."
 * Example: "A/B,C/A,F/5,G/A" means retryJitterMode=Full,
 * offlineQueueBehavior=FailNonQos1PublishOnDisconnect, protocol=MQTT5, socket=POSIX.
 *
 * MQTT5 connections always include:
 *  - F (protocolVersion): set to Mqtt5
 *  - G (socketImplementation): detected from platform (POSIX or IOCP)
 *
 * Conditionally includes (only when the option is explicitly set and not default):
 *  - A (retryJitterMode)
 *  - B (sessionBehavior)
 *  - C (offlineQueueBehavior)
 *  - D (outboundTopicAliasBehavior)
 *  - E (inboundTopicAliasBehavior)
 *  - H (httpProxyType)
 *  - I (certificate_source)
 *  - J (tls_cipher_preference)
 *  - K (min_tls_version)
 *
 * @param config - MQTT5 client configuration.
 * @returns The encoded feature list string.
 * @internal
 */
function get_encoded_feature_list_mqtt5(config) {
    var _a, _b, _c;
    const features = [];
    const jitter = common_metrics.retry_jitter_metrics_value(config.retryJitterMode);
    if (jitter)
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.RETRY_JITTER_MODE}/${jitter}`);
    const session = common_metrics.session_behavior_metrics_value(config.sessionBehavior);
    if (session)
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.SESSION_BEHAVIOR}/${session}`);
    const queue = offline_queue_behavior_metrics_value(config.offlineQueueBehavior);
    if (queue)
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.OFFLINE_QUEUE_BEHAVIOR}/${queue}`);
    const topicAliasing = config.topicAliasingOptions;
    if (topicAliasing) {
        const outbound = common_metrics.outbound_topic_alias_metrics_value(topicAliasing.outboundBehavior);
        if (outbound)
            features.push(`${aws_iot_metrics_1.MetricsFeatureId.OUTBOUND_TOPIC_ALIAS_BEHAVIOR}/${outbound}`);
        const inbound = common_metrics.inbound_topic_alias_metrics_value(topicAliasing.inboundBehavior);
        if (inbound)
            features.push(`${aws_iot_metrics_1.MetricsFeatureId.INBOUND_TOPIC_ALIAS_BEHAVIOR}/${inbound}`);
    }
    // Always included
    features.push(`${aws_iot_metrics_1.MetricsFeatureId.PROTOCOL_VERSION}/${common_metrics.protocol_version_metrics_value(mqtt_shared.ProtocolMode.Mqtt5)}`);
    features.push(`${aws_iot_metrics_1.MetricsFeatureId.SOCKET_IMPLEMENTATION}/${socket_implementation_metrics_value()}`);
    if (config.httpProxyOptions) {
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.HTTP_PROXY_TYPE}/${http_proxy_type_metrics_value(config.httpProxyOptions)}`);
    }
    const certSrc = certificate_source_metrics_value((_a = config.tlsCtx) === null || _a === void 0 ? void 0 : _a.certificate_source);
    if (certSrc)
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.CERTIFICATE_SOURCE}/${certSrc}`);
    const cipher = tls_cipher_preference_metrics_value((_b = config.tlsCtx) === null || _b === void 0 ? void 0 : _b.tls_cipher_preference);
    if (cipher)
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.TLS_CIPHER_PREFERENCE}/${cipher}`);
    const tlsVer = minimum_tls_version_metrics_value((_c = config.tlsCtx) === null || _c === void 0 ? void 0 : _c.min_tls_version);
    if (tlsVer)
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.MINIMUM_TLS_VERSION}/${tlsVer}`);
    return features.join(",");
}
exports.get_encoded_feature_list_mqtt5 = get_encoded_feature_list_mqtt5;
/**
 * Generates the encoded feature list string for metrics from a native
 * MQTT3 connection config.
 *
 * Format: "ID/Value,ID/Value..."
 *
 * MQTT3 connections always include:
 *  - F (protocolVersion): set to Mqtt311
 *  - G (socketImplementation): detected from platform (POSIX or IOCP)
 *
 * Conditionally includes:
 *  - H (httpProxyType)
 *  - I (certificate_source)
 *  - J (tls_cipher_preference)
 *  - K (min_tls_version)
 *
 * @param config - MQTT connection config.
 * @returns The encoded feature list string.
 * @internal
 */
function get_encoded_feature_list_mqtt3(config) {
    var _a, _b, _c;
    const features = [];
    features.push(`${aws_iot_metrics_1.MetricsFeatureId.PROTOCOL_VERSION}/${common_metrics.protocol_version_metrics_value(mqtt_shared.ProtocolMode.Mqtt311)}`);
    features.push(`${aws_iot_metrics_1.MetricsFeatureId.SOCKET_IMPLEMENTATION}/${socket_implementation_metrics_value()}`);
    if (config.proxy_options) {
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.HTTP_PROXY_TYPE}/${http_proxy_type_metrics_value(config.proxy_options)}`);
    }
    const certSrc = certificate_source_metrics_value((_a = config.tls_ctx) === null || _a === void 0 ? void 0 : _a.certificate_source);
    if (certSrc)
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.CERTIFICATE_SOURCE}/${certSrc}`);
    const cipher = tls_cipher_preference_metrics_value((_b = config.tls_ctx) === null || _b === void 0 ? void 0 : _b.tls_cipher_preference);
    if (cipher)
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.TLS_CIPHER_PREFERENCE}/${cipher}`);
    const tlsVer = minimum_tls_version_metrics_value((_c = config.tls_ctx) === null || _c === void 0 ? void 0 : _c.min_tls_version);
    if (tlsVer)
        features.push(`${aws_iot_metrics_1.MetricsFeatureId.MINIMUM_TLS_VERSION}/${tlsVer}`);
    return features.join(",");
}
exports.get_encoded_feature_list_mqtt3 = get_encoded_feature_list_mqtt3;
/**
 * Create the final AWSIoTMetrics object for an MQTT5 client on native.
 *
 * Generates the CRT feature list from the full set of MQTT5 client config,
 * including detected certificate source from the TLS context, then delegates
 * to the shared create_metrics for merging with user-supplied SDK metrics.
 *
 * @param config - MQTT5 client configuration containing all connection
 *   configuration and optional user (AWSIoTMetrics) metrics.
 * @returns The final metrics object with merged CRT and SDK features.
 * @internal
 */
function create_metrics_mqtt5(config) {
    const crtFeatureList = get_encoded_feature_list_mqtt5(config);
    return common_metrics.create_metrics(config.metrics, crtFeatureList);
}
exports.create_metrics_mqtt5 = create_metrics_mqtt5;
/**
 * Create the final AWSIoTMetrics object for an MQTT3 connection on native.
 *
 * Generates the CRT feature list from the MQTT3 connection parameters,
 * including detected certificate source from the TLS context, then delegates
 * to the shared create_metrics for merging with user-supplied SDK metrics.
 *
 * @param config - MQTT3 connection configuration containing proxy options,
 *   TLS context, and optional user (AWSIoTMetrics) metrics.
 * @returns The final metrics object with merged CRT and SDK features.
 * @internal
 */
function create_metrics_mqtt3(config) {
    const crtFeatureList = get_encoded_feature_list_mqtt3(config);
    return common_metrics.create_metrics(config.metrics, crtFeatureList);
}
exports.create_metrics_mqtt3 = create_metrics_mqtt3;
//# sourceMappingURL=aws_iot_metrics.js.map

/***/ }),

/***/ 88982:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AwsIotMqtt5ClientConfigBuilder = void 0;
/**
 * Module for the configuration of MQTT5 clients to connect to AWS IoT
 *
 * @packageDocumentation
 */
const mqtt5 = __importStar(__webpack_require__(15795));
const io = __importStar(__webpack_require__(41528));
const auth = __importStar(__webpack_require__(90118));
const error_1 = __webpack_require__(59440);
const iot_shared = __importStar(__webpack_require__(29328));
const mqtt_shared = __importStar(__webpack_require__(69986));
const aws_iot_metrics_1 = __webpack_require__(66270);
/**
 * Builder pattern class to create an {@link mqtt5.Mqtt5ClientConfig} which can then be used to create
 * an {@link mqtt5.Mqtt5Client}, configured for use with AWS IoT.
 *
 * @category IoT
 */
class AwsIotMqtt5ClientConfigBuilder {
    constructor(hostName, port, tlsContextOptions) {
        this.tlsContextOptions = tlsContextOptions;
        this.config = {
            hostName: hostName,
            port: port,
            connectProperties: {
                keepAliveIntervalSeconds: mqtt_shared.DEFAULT_KEEP_ALIVE
            },
            extendedValidationAndFlowControlOptions: mqtt5.ClientExtendedValidationAndFlowControl.AwsIotCoreDefaults
        };
    }
    /* Builders for different connection methods to AWS IoT Core */
    /**
     * Create a new MQTT5 client builder that will create MQTT5 clients that connect to AWS IoT Core via mutual TLS
     * using X509 certificate and key at the supplied file paths.
     *
     * @param hostName - AWS IoT endpoint to connect to
     * @param certPath - Path to certificate, in PEM format
     * @param keyPath - Path to private key, in PEM format
     */
    static newDirectMqttBuilderWithMtlsFromPath(hostName, certPath, keyPath) {
        let builder = new AwsIotMqtt5ClientConfigBuilder(hostName, AwsIotMqtt5ClientConfigBuilder.DEFAULT_DIRECT_MQTT_PORT, io.TlsContextOptions.create_client_with_mtls_from_path(certPath, keyPath));
        if (io.is_alpn_available()) {
            builder.tlsContextOptions.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Create a new MQTT5 client builder that will create MQTT5 clients that connect to AWS IoT Core via mutual TLS
     * using in-memory X509 certificate and key.
     *
     * @param hostName - AWS IoT endpoint to connect to
     * @param cert - Certificate, in PEM format
     * @param privateKey - Private key, in PEM format
     */
    static newDirectMqttBuilderWithMtlsFromMemory(hostName, cert, privateKey) {
        let builder = new AwsIotMqtt5ClientConfigBuilder(hostName, AwsIotMqtt5ClientConfigBuilder.DEFAULT_DIRECT_MQTT_PORT, io.TlsContextOptions.create_client_with_mtls(cert, privateKey));
        if (io.is_alpn_available()) {
            builder.tlsContextOptions.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Create a new MQTT5 client builder that will create MQTT5 clients that connect to AWS IoT Core via mutual TLS
     * using a PKCS11 library for certificate and private key operations.
     *
     * NOTE: This configuration only works on Unix devices.
     *
     * @param hostName - AWS IoT endpoint to connect to
     * @param pkcs11Options - PKCS#11 options.
     */
    static newDirectMqttBuilderWithMtlsFromPkcs11(hostName, pkcs11Options) {
        let builder = new AwsIotMqtt5ClientConfigBuilder(hostName, AwsIotMqtt5ClientConfigBuilder.DEFAULT_DIRECT_MQTT_PORT, io.TlsContextOptions.create_client_with_mtls_pkcs11(pkcs11Options));
        if (io.is_alpn_available()) {
            builder.tlsContextOptions.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Create a new MQTT5 client builder that will create MQTT5 clients that connect to AWS IoT Core via mutual TLS
     * using a PKCS12 file.
     *
     * Note: This configuration only works on MacOS devices.
     *
     * @param hostName - AWS IoT endpoint to connect to
     * @param pkcs12_options - The PKCS#12 options to use in the builder.
     */
    static newDirectMqttBuilderWithMtlsFromPkcs12(hostName, pkcs12_options) {
        let builder = new AwsIotMqtt5ClientConfigBuilder(hostName, AwsIotMqtt5ClientConfigBuilder.DEFAULT_DIRECT_MQTT_PORT, io.TlsContextOptions.create_client_with_mtls_pkcs12_from_path(pkcs12_options.pkcs12_file, pkcs12_options.pkcs12_password));
        if (io.is_alpn_available()) {
            builder.tlsContextOptions.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Create a new MQTT5 client builder that will create MQTT5 clients that connect to AWS IoT Core via mutual TLS
     * using a certificate entry in a Windows certificate store.
     *
     * NOTE: This configuration only works on Windows devices.
     *
     * @param hostName - AWS IoT endpoint to connect to
     * @param certificatePath - Path to certificate in a Windows certificate store.
     *      The path must use backslashes and end with the certificate's thumbprint.
     *      Example: `CurrentUser\MY\A11F8A9B5DF5B98BA3508FBCA575D09570E0D2C6`
     */
    static newDirectMqttBuilderWithMtlsFromWindowsCertStorePath(hostName, certificatePath) {
        let builder = new AwsIotMqtt5ClientConfigBuilder(hostName, AwsIotMqtt5ClientConfigBuilder.DEFAULT_DIRECT_MQTT_PORT, io.TlsContextOptions.create_client_with_mtls_windows_cert_store_path(certificatePath));
        if (io.is_alpn_available()) {
            builder.tlsContextOptions.alpn_list.unshift('x-amzn-mqtt-ca');
        }
        return builder;
    }
    /**
     * Create a new MQTT5 client builder that will create MQTT5 clients that connect to AWS IoT Core via TLS,
     * authenticating via a custom authenticator.
     *
     * @param hostName - AWS IoT endpoint to connect to
     * @param customAuthConfig - AWS IoT custom auth configuration
     */
    static newDirectMqttBuilderWithCustomAuth(hostName, customAuthConfig) {
        let builder = new AwsIotMqtt5ClientConfigBuilder(hostName, AwsIotMqtt5ClientConfigBuilder.DEFAULT_WEBSOCKET_MQTT_PORT, new io.TlsContextOptions());
        builder.customAuthConfig = iot_shared.canonicalizeCustomAuthConfig(customAuthConfig);
        builder.tlsContextOptions.alpn_list = ["mqtt"];
        return builder;
    }
    /**
     * Create a new MQTT5 client builder that will create MQTT5 clients that connect to AWS IoT Core via websockets,
     * using AWS Sigv4 signing to establish authenticate.
     *
     * @param hostName - AWS IoT endpoint to connect to
     * @param options - additional sigv4-oriented options to use
     */
    static newWebsocketMqttBuilderWithSigv4Auth(hostName, options) {
        let tlsContextOptions = new io.TlsContextOptions();
        tlsContextOptions.alpn_list = [];
        let builder = new AwsIotMqtt5ClientConfigBuilder(hostName, AwsIotMqtt5ClientConfigBuilder.DEFAULT_WEBSOCKET_MQTT_PORT, tlsContextOptions);
        let credentialsProvider = options === null || options === void 0 ? void 0 : options.credentialsProvider;
        if (!credentialsProvider) {
            credentialsProvider = auth.AwsCredentialsProvider.newDefault();
        }
        builder.config.websocketHandshakeTransform = (request, done) => __awaiter(this, void 0, void 0, function* () {
            var _a;
            try {
                const signingConfig = {
                    algorithm: auth.AwsSigningAlgorithm.SigV4,
                    signature_type: auth.AwsSignatureType.HttpRequestViaQueryParams,
                    provider: credentialsProvider,
                    region: (_a = options === null || options === void 0 ? void 0 : options.region) !== null && _a !== void 0 ? _a : iot_shared.extractRegionFromEndpoint(hostName),
                    service: "iotdevicegateway",
                    signed_body_value: auth.AwsSignedBodyValue.EmptySha256,
                    omit_session_token: true,
                };
                yield auth.aws_sign_request(request, signingConfig);
                done();
            }
            catch (error) {
                if (error instanceof error_1.CrtError) {
                    done(error.error_code);
                }
                else {
                    done(3); /* TODO: AWS_ERROR_UNKNOWN */
                }
            }
        });
        return builder;
    }
    /**
     * Create a new MQTT5 client builder that will create MQTT5 clients that connect to AWS IoT Core via websockets,
     * authenticating via a custom authenticator.
     *
     * @param hostName - AWS IoT endpoint to connect to
     * @param customAuthConfig - AWS IoT custom auth configuration
     */
    static newWebsocketMqttBuilderWithCustomAuth(hostName, customAuthConfig) {
        let builder = new AwsIotMqtt5ClientConfigBuilder(hostName, AwsIotMqtt5ClientConfigBuilder.DEFAULT_WEBSOCKET_MQTT_PORT, new io.TlsContextOptions());
        builder.customAuthConfig = customAuthConfig;
        builder.config.websocketHandshakeTransform = (request, done) => __awaiter(this, void 0, void 0, function* () {
            done(0);
        });
        return builder;
    }
    /* Instance Methods for various config overrides */
    /**
     * Overrides the default system trust store.
     *
     * @param caDirpath - Only used on Unix-style systems where all trust anchors are
     * stored in a directory (e.g. /etc/ssl/certs).
     * @param caFilepath - Single file containing all trust CAs, in PEM format
     */
    withCertificateAuthorityFromPath(caDirpath, caFilepath) {
        this.tlsContextOptions.override_default_trust_store_from_path(caDirpath, caFilepath);
        return this;
    }
    /**
     * Overrides the default system trust store.
     *
     * @param ca - Buffer containing all trust CAs, in PEM format
     */
    withCertificateAuthority(ca) {
        this.tlsContextOptions.override_default_trust_store(ca);
        return this;
    }
    /**
     * Configures which TLS cipher preference should be used when establishing connections
     *
     * @param tlsCipherPreference cipher preference to use
     */
    withTlsCipherPreference(tlsCipherPreference) {
        this.tlsContextOptions.tls_cipher_preference = tlsCipherPreference;
        return this;
    }
    /**
     * Overrides the IoT endpoint port to connect to.
     *
     * @param port The IoT endpoint port to connect to. Usually 8883 for MQTT, or 443 for websockets
     */
    withPort(port) {
        this.config.port = port;
        return this;
    }
    /**
     * Overrides all configurable options with respect to the CONNECT packet sent by the client, including the will.
     * These connect properties will be used for every connection attempt made by the client.  Custom authentication
     * configuration will override the username and password values in this configuration.
     *
     * @param connectPacket all configurable options with respect to the CONNECT packet sent by the client
     */
    withConnectProperties(connectPacket) {
        this.config.connectProperties = connectPacket;
        return this;
    }
    /**
     * Overrides how the MQTT5 client should behave with respect to MQTT sessions.
     *
     * @param sessionBehavior how the MQTT5 client should behave with respect to MQTT sessions.
     */
    withSessionBehavior(sessionBehavior) {
        this.config.sessionBehavior = sessionBehavior;
        return this;
    }
    /**
     * Overrides how the reconnect delay is modified in order to smooth out the distribution of reconnection attempt
     * timepoints for a large set of reconnecting clients.
     *
     * @param retryJitterMode controls how the reconnect delay is modified in order to smooth out the distribution of
     * econnection attempt timepoints for a large set of reconnecting clients.
     */
    withRetryJitterMode(retryJitterMode) {
        this.config.retryJitterMode = retryJitterMode;
        return this;
    }
    /**
     * Overrides the minimum amount of time to wait to reconnect after a disconnect.  Exponential backoff is performed
     * with controllable jitter after each connection failure.
     *
     * @param minReconnectDelayMs minimum amount of time to wait to reconnect after a disconnect.
     */
    withMinReconnectDelayMs(minReconnectDelayMs) {
        this.config.minReconnectDelayMs = minReconnectDelayMs;
        return this;
    }
    /**
     * Overrides the maximum amount of time to wait to reconnect after a disconnect.  Exponential backoff is performed
     * with controllable jitter after each connection failure.
     *
     * @param maxReconnectDelayMs maximum amount of time to wait to reconnect after a disconnect.
     */
    withMaxReconnectDelayMs(maxReconnectDelayMs) {
        this.config.maxReconnectDelayMs = maxReconnectDelayMs;
        return this;
    }
    /**
     * Overrides the amount of time that must elapse with an established connection before the reconnect delay is
     * reset to the minimum.  This helps alleviate bandwidth-waste in fast reconnect cycles due to permission
     * failures on operations.
     *
     * @param minConnectedTimeToResetReconnectDelayMs the amount of time that must elapse with an established
     * connection before the reconnect delay is reset to the minimum
     */
    withMinConnectedTimeToResetReconnectDelayMs(minConnectedTimeToResetReconnectDelayMs) {
        this.config.minConnectedTimeToResetReconnectDelayMs = minConnectedTimeToResetReconnectDelayMs;
        return this;
    }
    /**
     * Overrides the time interval to wait after sending a CONNECT request for a CONNACK to arrive.  If one does not
     * arrive, the connection will be shut down.
     *
     * @param connackTimeoutMs time interval to wait after sending a CONNECT request for a CONNACK to arrive
     */
    withConnackTimeoutMs(connackTimeoutMs) {
        this.config.connackTimeoutMs = connackTimeoutMs;
        return this;
    }
    /**
     * Overrides how disconnects affect the queued and in-progress operations tracked by the client.  Also controls
     * how new operations are handled while the client is not connected.  In particular, if the client is not connected,
     * then any operation that would be failed on disconnect (according to these rules) will also be rejected.
     *
     * @param offlineQueueBehavior how disconnects affect the queued and in-progress operations tracked by the client
     *
     * @group Node-only
     */
    withOfflineQueueBehavior(offlineQueueBehavior) {
        this.config.offlineQueueBehavior = offlineQueueBehavior;
        return this;
    }
    /**
     * Overrides the time interval to wait after sending a PINGREQ for a PINGRESP to arrive.  If one does not arrive,
     * the client will close the current connection.
     *
     * @param pingTimeoutMs time interval to wait after sending a PINGREQ for a PINGRESP to arrive
     *
     * @group Node-only
     */
    withPingTimeoutMs(pingTimeoutMs) {
        this.config.pingTimeoutMs = pingTimeoutMs;
        return this;
    }
    /**
     * Overrides the time interval to wait for an ack after sending a QoS 1+ PUBLISH, SUBSCRIBE, or UNSUBSCRIBE before
     * failing the operation.  Defaults to no timeout.
     *
     * @param ackTimeoutSeconds the time interval to wait for an ack after sending a QoS 1+ PUBLISH, SUBSCRIBE,
     * or UNSUBSCRIBE before failing the operation
     *
     * @group Node-only
     */
    withAckTimeoutSeconds(ackTimeoutSeconds) {
        this.config.ackTimeoutSeconds = ackTimeoutSeconds;
        return this;
    }
    /**
     * Overrides the socket properties of the underlying MQTT connections made by the client.  Leave undefined to use
     * defaults (no TCP keep alive, 10 second socket timeout).
     *
     * @param socketOptions socket properties of the underlying MQTT connections made by the client
     *
     * @group Node-only
     */
    withSocketOptions(socketOptions) {
        this.config.socketOptions = socketOptions;
        return this;
    }
    /**
     * Overrides (tunneling) HTTP proxy usage when establishing MQTT connections.
     *
     * @param httpProxyOptions HTTP proxy options to use when establishing MQTT connections
     *
     * @group Node-only
     */
    withHttpProxyOptions(httpProxyOptions) {
        this.config.httpProxyOptions = httpProxyOptions;
        return this;
    }
    /**
     * Overrides additional controls for client behavior with respect to operation validation and flow control; these
     * checks go beyond the base MQTT5 spec to respect limits of specific MQTT brokers.
     *
     * @param extendedValidationAndFlowControlOptions additional controls for client behavior with respect to operation
     * validation and flow control
     *
     * @group Node-only
     */
    withExtendedValidationAndFlowControlOptions(extendedValidationAndFlowControlOptions) {
        this.config.extendedValidationAndFlowControlOptions = extendedValidationAndFlowControlOptions;
        return this;
    }
    /**
     * Overrides how the MQTT5 client should behave with respect to topic aliasing
     *
     * @param topicAliasingOptions how the MQTT5 client should behave with respect to topic aliasing
     */
    withTopicAliasingOptions(topicAliasingOptions) {
        this.config.topicAliasingOptions = topicAliasingOptions;
        return this;
    }
    /**
     * Constructs an MQTT5 Client configuration object for creating mqtt5 clients.
     */
    build() {
        var _a, _b;
        if (this.config.tlsCtx === undefined) {
            this.config.tlsCtx = new io.ClientTlsContext(this.tlsContextOptions);
        }
        // this is always set by the constructor, but check it to make typescript happy
        if (this.config.connectProperties) {
            this.config.connectProperties.username = iot_shared.buildMqtt5FinalUsername(this.customAuthConfig);
            if ((_a = this.customAuthConfig) === null || _a === void 0 ? void 0 : _a.password) {
                this.config.connectProperties.password = (_b = this.customAuthConfig) === null || _b === void 0 ? void 0 : _b.password;
            }
        }
        // Populate SDK identity metrics if not disabled and not already set.
        // The registered factory (if any) is supplied by the upstream IoT device
        // SDK at module load. Without one, this.config.metrics stays undefined and
        // the encoder will produce CRT-only feature metrics with no IoTSDKVersion.
        if (!this.config.disableMetrics && !this.config.metrics) {
            this.config.metrics = (0, aws_iot_metrics_1._buildSdkMetrics)();
        }
        return this.config;
    }
}
exports.AwsIotMqtt5ClientConfigBuilder = AwsIotMqtt5ClientConfigBuilder;
AwsIotMqtt5ClientConfigBuilder.DEFAULT_WEBSOCKET_MQTT_PORT = 443;
AwsIotMqtt5ClientConfigBuilder.DEFAULT_DIRECT_MQTT_PORT = 8883;
//# sourceMappingURL=aws_iot_mqtt5.js.map

/***/ }),

/***/ 94739:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cRuntime = exports.CRuntimeType = void 0;
const path = __importStar(__webpack_require__(16928));
const os_1 = __webpack_require__(70857);
const fs_1 = __webpack_require__(79896);
const process_1 = __webpack_require__(932);
const child_process_1 = __importDefault(__webpack_require__(35317));
const CRuntimeType = Object.freeze({
    NON_LINUX: "cruntime",
    MUSL: "musl",
    GLIBC: "glibc"
});
exports.CRuntimeType = CRuntimeType;
function getCRuntime() {
    if ((0, os_1.platform)() !== "linux") {
        return CRuntimeType.NON_LINUX;
    }
    try {
        // sometimes, ldd's output goes to stderr, so capture that too
        // Using spawnSync because execSync treats any output to stderr as an exception.
        const spawnedProcess = child_process_1.default.spawnSync('ldd', ['--version'], { encoding: 'utf8' });
        const output = spawnedProcess.stdout + spawnedProcess.stderr;
        if (output.includes(CRuntimeType.MUSL)) {
            return CRuntimeType.MUSL;
        }
        else {
            return CRuntimeType.GLIBC;
        }
    }
    catch (error) {
        return CRuntimeType.GLIBC;
    }
}
const upgrade_string = "Please upgrade to node >=10.16.0, or use the provided browser implementation.";
if ('napi' in process_1.versions) {
    // @ts-ignore
    const napi_version = parseInt(process_1.versions['napi']);
    if (napi_version < 4) {
        throw new Error("The AWS CRT native implementation requires that NAPI version 4 be present. " + upgrade_string);
    }
}
else {
    throw new Error("The current runtime is not reporting an NAPI version. " + upgrade_string);
}
const cRuntime = getCRuntime();
exports.cRuntime = cRuntime;
const binary_name = 'aws-crt-nodejs';
const platformDir = `${os_1.platform}-${os_1.arch}-${cRuntime}`;
let source_root = path.resolve(__dirname, '..', '..');
const dist = path.join(source_root, 'dist');
if ((0, fs_1.existsSync)(dist)) {
    source_root = dist;
}
const bin_path = path.resolve(source_root, 'bin');
let search_paths = [
    path.join(bin_path, platformDir, binary_name) + '.node',
];
/*
 * Environment variables can inject (at lower-priority) paths into the search process as well.  Support both relative
 * and absolute path overrides.
 */
let relative_path = process.env.AWS_CRT_NODEJS_BINARY_RELATIVE_PATH;
if (relative_path) {
    let final_path = path.resolve(__dirname, ...relative_path.split(path.sep));
    search_paths.push(final_path);
}
if (process.env.AWS_CRT_NODEJS_BINARY_ABSOLUTE_PATH) {
    search_paths.push(process.env.AWS_CRT_NODEJS_BINARY_ABSOLUTE_PATH);
}
let binding;
for (const path of search_paths) {
    if ((0, fs_1.existsSync)(path)) {
        binding = __WEBPACK_EXTERNAL_createRequire(import.meta.url)(path);
        break;
    }
}
if (binding == undefined) {
    throw new Error("AWS CRT binary not present in any of the following locations:\n\t" + search_paths.join('\n\t'));
}
const binding_1 = __importDefault(__webpack_require__(94739));
/** Electron will shutdown the node process on exit, which causes the threadsafe function to segfault. To prevent
  * the segfault we disable the threadsafe function on node process exit. */
if (process.versions.hasOwnProperty('electron')) {
    process.on('exit', function () {
        binding_1.default.disable_threadsafe_function();
    });
}
exports["default"] = binding;
//# sourceMappingURL=binding.js.map

/***/ }),

/***/ 20786:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.crc64nvme = exports.crc32c = exports.crc32 = void 0;
/**
 *
 * A module containing various checksum implementations intended for streaming payloads
 *
 * @packageDocumentation
 * @module checksums
 * @mergeTarget
 */
const binding_1 = __importDefault(__webpack_require__(94739));
/**
 * Computes an crc32 checksum.
 *
 * @param data The data to checksum
 * @param previous previous crc32 checksum result. Used if you are buffering large input.
 *
 * @category Crypto
 */
function crc32(data, previous) {
    return binding_1.default.checksums_crc32(data, previous);
}
exports.crc32 = crc32;
/**
 * Computes a crc32c checksum.
 *
 * @param data The data to checksum
 * @param previous previous crc32c checksum result. Used if you are buffering large input.
 *
 * @category Crypto
 */
function crc32c(data, previous) {
    return binding_1.default.checksums_crc32c(data, previous);
}
exports.crc32c = crc32c;
/**
 * Computes a crc64nvme checksum.
 *
 * @param data The data to checksum
 * @param previous previous crc64nvme checksum result. Used if you are buffering large input.
 *
 * @category Crypto
 */
function crc64nvme(data, previous) {
    return binding_1.default.checksums_crc64nvme(data, previous);
}
exports.crc64nvme = crc64nvme;
//# sourceMappingURL=checksums.js.map

/***/ }),

/***/ 26217:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.native_memory_dump = exports.native_memory = void 0;
/**
 *
 * A module containing some miscellaneous crt native memory queries
 *
 * @packageDocumentation
 * @module crt
 * @mergeTarget
 */
/**
 * Memory reporting is controlled by the AWS_CRT_MEMORY_TRACING environment
 * variable. Possible values are:
 * * 0 - No tracing
 * * 1 - Track active memory usage. Incurs a small performance penalty.
 * * 2 - Track active memory usage, and also track callstacks for every allocation.
 *   This incurs a performance penalty, depending on the cost of the platform's
 *   stack unwinding/backtrace API.
 * @category System
 */
const binding_1 = __importDefault(__webpack_require__(94739));
/**
 * If the ```AWS_CRT_MEMORY_TRACING``` is environment variable is set to 1 or 2,
 * will return the native memory usage in bytes. Otherwise, returns 0.
 * @returns The total allocated native memory, in bytes.
 *
 * @category System
 */
function native_memory() {
    return binding_1.default.native_memory();
}
exports.native_memory = native_memory;
/**
 * Dumps outstanding native memory allocations. If the ```AWS_CRT_MEMORY_TRACING```
 * environment variable is set to 1 or 2, will dump all active native memory to
 * the console log.
 *
 * @category System
 */
function native_memory_dump() {
    return binding_1.default.native_memory_dump();
}
exports.native_memory_dump = native_memory_dump;
//# sourceMappingURL=crt.js.map

/***/ }),

/***/ 48749:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hmac_sha256 = exports.Sha256Hmac = exports.hash_sha1 = exports.Sha1Hash = exports.hash_sha256 = exports.Sha256Hash = exports.hash_md5 = exports.Md5Hash = void 0;
/**
 * A module containing support for a variety of cryptographic operations.
 *
 * @packageDocumentation
 * @module crypto
 * @mergeTarget
 */
const binding_1 = __importDefault(__webpack_require__(94739));
const native_resource_1 = __webpack_require__(37990);
/**
 * Object that allows for continuous hashing of data.
 *
 * @internal
 */
class Hash extends native_resource_1.NativeResource {
    /**
     * Hash additional data.
     * @param data Additional data to hash
     */
    update(data) {
        binding_1.default.hash_update(this.native_handle(), data);
    }
    /**
     * Completes the hash computation and returns the final hash digest.
     *
     * @param truncate_to The maximum number of bytes to receive. Leave as undefined or 0 to receive the entire digest.
     */
    finalize(truncate_to) {
        return binding_1.default.hash_digest(this.native_handle(), truncate_to);
    }
    constructor(hash_handle) {
        super(hash_handle);
    }
}
/**
 * Object that allows for continuous MD5 hashing of data.
 *
 * @category Crypto
 */
class Md5Hash extends Hash {
    constructor() {
        super(binding_1.default.hash_md5_new());
    }
}
exports.Md5Hash = Md5Hash;
/**
 * Computes an MD5 hash. Use this if you don't need to stream the data you're hashing and can load the entire input
 * into memory.
 *
 * @param data The data to hash
 * @param truncate_to The maximum number of bytes to receive. Leave as undefined or 0 to receive the entire digest.
 *
 * @category Crypto
 */
function hash_md5(data, truncate_to) {
    return binding_1.default.hash_md5_compute(data, truncate_to);
}
exports.hash_md5 = hash_md5;
/**
 * Object that allows for continuous SHA256 hashing of data.
 *
 * @category Crypto
 */
class Sha256Hash extends Hash {
    constructor() {
        super(binding_1.default.hash_sha256_new());
    }
}
exports.Sha256Hash = Sha256Hash;
/**
 * Computes an SHA256 hash. Use this if you don't need to stream the data you're hashing and can load the entire input
 * into memory.
 *
 * @param data The data to hash
 * @param truncate_to The maximum number of bytes to receive. Leave as undefined or 0 to receive the entire digest.
 *
 * @category Crypto
 */
function hash_sha256(data, truncate_to) {
    return binding_1.default.hash_sha256_compute(data, truncate_to);
}
exports.hash_sha256 = hash_sha256;
/**
 * Object that allows for continuous SHA1 hashing of data.
 *
 * @category Crypto
 */
class Sha1Hash extends Hash {
    constructor() {
        super(binding_1.default.hash_sha1_new());
    }
}
exports.Sha1Hash = Sha1Hash;
/**
 * Computes an SHA1 hash. Use this if you don't need to stream the data you're hashing and can load the entire input
 * into memory.
 *
 * @param data The data to hash
 * @param truncate_to The maximum number of bytes to receive. Leave as undefined or 0 to receive the entire digest.
 *
 * @category Crypto
 */
function hash_sha1(data, truncate_to) {
    return binding_1.default.hash_sha1_compute(data, truncate_to);
}
exports.hash_sha1 = hash_sha1;
/**
 * Object that allows for continuous hashing of data with an hmac secret.
 *
 * @category Crypto
 */
class Hmac extends native_resource_1.NativeResource {
    /**
     * Hash additional data.
     *
     * @param data additional data to hash
     */
    update(data) {
        binding_1.default.hmac_update(this.native_handle(), data);
    }
    /**
     * Completes the hash computation and returns the final hmac digest.
     *
     * @param truncate_to The maximum number of bytes to receive. Leave as undefined or 0 to receive the entire digest.
     */
    finalize(truncate_to) {
        return binding_1.default.hmac_digest(this.native_handle(), truncate_to);
    }
    constructor(hash_handle) {
        super(hash_handle);
    }
}
/**
 * Object that allows for continuous SHA256 HMAC hashing of data.
 *
 * @category Crypto
 */
class Sha256Hmac extends Hmac {
    constructor(secret) {
        super(binding_1.default.hmac_sha256_new(secret));
    }
}
exports.Sha256Hmac = Sha256Hmac;
/**
 * Computes an SHA256 HMAC. Use this if you don't need to stream the data you're hashing and can load the entire input
 * into memory.
 *
 * @param secret The key to use for the HMAC process
 * @param data The data to hash
 * @param truncate_to The maximum number of bytes to receive. Leave as undefined or 0 to receive the entire digest.
 *
 * @category Crypto
 */
function hmac_sha256(secret, data, truncate_to) {
    return binding_1.default.hmac_sha256_compute(secret, data, truncate_to);
}
exports.hmac_sha256 = hmac_sha256;
//# sourceMappingURL=crypto.js.map

/***/ }),

/***/ 59440:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CrtError = void 0;
/**
 * Library-specific error extension type
 *
 * @packageDocumentation
 * @module error
 * @mergeTarget
 */
const binding_1 = __importDefault(__webpack_require__(94739));
/**
 * Represents an error encountered in native code. Can also be used to convert a numeric error code into
 * a human-readable string.
 *
 * @category System
 */
class CrtError extends Error {
    /** @var error - The original error. Most often an error_code, but possibly some other context */
    constructor(error) {
        super(extract_message(error));
        this.error = error;
        this.error_code = extract_code(error);
        this.error_name = extract_name(error);
    }
}
exports.CrtError = CrtError;
function extract_message(error) {
    if (typeof error === 'number') {
        return binding_1.default.error_code_to_string(error);
    }
    else if (error instanceof CrtError) {
        return error.message;
    }
    return error.toString();
}
function extract_code(error) {
    if (typeof error === 'number') {
        return error;
    }
    else if (error instanceof CrtError) {
        return error.error_code;
    }
    return undefined;
}
function extract_name(error) {
    if (typeof error === 'number') {
        return binding_1.default.error_code_to_name(error);
    }
    else if (error instanceof CrtError) {
        return error.error_name;
    }
    return undefined;
}
//# sourceMappingURL=error.js.map

/***/ }),

/***/ 11618:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClientStream = exports.ClientConnection = exports.MessageType = exports.MessageFlags = exports.Header = exports.HeaderType = void 0;
const native_resource_1 = __webpack_require__(37990);
const event_1 = __webpack_require__(78468);
const error_1 = __webpack_require__(59440);
const io = __importStar(__webpack_require__(41528));
const eventstream_utils = __importStar(__webpack_require__(42332));
const promise = __importStar(__webpack_require__(31357));
const binding_1 = __importDefault(__webpack_require__(94739));
/**
 * Node.js specific eventstream rpc native bindings
 *
 * @packageDocumentation
 * @module eventstream
 * @mergeTarget
 *
 */
/**
 * Supported types for the value within an eventstream message header
 */
var HeaderType;
(function (HeaderType) {
    /** Value is True. No actual value is transmitted on the wire. */
    HeaderType[HeaderType["BooleanTrue"] = 0] = "BooleanTrue";
    /** Value is True. No actual value is transmitted on the wire. */
    HeaderType[HeaderType["BooleanFalse"] = 1] = "BooleanFalse";
    /** Value is signed 8-bit int. */
    HeaderType[HeaderType["Byte"] = 2] = "Byte";
    /** Value is signed 16-bit int. */
    HeaderType[HeaderType["Int16"] = 3] = "Int16";
    /** Value is signed 32-bit int. */
    HeaderType[HeaderType["Int32"] = 4] = "Int32";
    /** Value is signed 64-bit int. */
    HeaderType[HeaderType["Int64"] = 5] = "Int64";
    /** Value is raw bytes. */
    HeaderType[HeaderType["ByteBuffer"] = 6] = "ByteBuffer";
    /** Value is a str.  Transmitted on the wire as utf-8. */
    HeaderType[HeaderType["String"] = 7] = "String";
    /** Value is a posix timestamp (seconds since Unix epoch).  Transmitted on the wire as a 64-bit int. */
    HeaderType[HeaderType["Timestamp"] = 8] = "Timestamp";
    /** Value is a UUID. Transmitted on the wire as 16 bytes. */
    HeaderType[HeaderType["UUID"] = 9] = "UUID";
})(HeaderType = exports.HeaderType || (exports.HeaderType = {}));
const AWS_MAXIMUM_EVENT_STREAM_HEADER_NAME_LENGTH = 127;
/**
 * Wrapper class for event stream message headers.  Similar to HTTP, a header is a name-value pair.  Unlike HTTP, the
 * value's wire format varies depending on a type annotation.  We provide static builder functions to help
 * ensure correct type agreement (type annotation matches actual value) at construction time.  Getting the header
 * value requires the use of a safe conversion function.
 */
class Header {
    /** @internal */
    constructor(name, type, value) {
        this.name = name;
        this.type = type;
        this.value = value;
    }
    static validateHeaderName(name) {
        if (name.length == 0 || name.length > AWS_MAXIMUM_EVENT_STREAM_HEADER_NAME_LENGTH) {
            throw new error_1.CrtError(`Event stream header name (${name}) is not valid`);
        }
    }
    /**
     * Create a new boolean-valued message header
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newBoolean(name, value) {
        Header.validateHeaderName(name);
        if (value) {
            return new Header(name, HeaderType.BooleanTrue);
        }
        else {
            return new Header(name, HeaderType.BooleanFalse);
        }
    }
    /**
     * Create a new byte-valued message header
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newByte(name, value) {
        Header.validateHeaderName(name);
        if (value >= eventstream_utils.MIN_INT8 && value <= eventstream_utils.MAX_INT8 && Number.isSafeInteger(value)) {
            return new Header(name, HeaderType.Byte, value);
        }
        throw new error_1.CrtError(`Illegal value for eventstream byte-valued header: ${value}`);
    }
    /**
     * Create a new 16-bit-integer-valued message header
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newInt16(name, value) {
        Header.validateHeaderName(name);
        if (value >= eventstream_utils.MIN_INT16 && value <= eventstream_utils.MAX_INT16 && Number.isSafeInteger(value)) {
            return new Header(name, HeaderType.Int16, value);
        }
        throw new error_1.CrtError(`Illegal value for eventstream int16-valued header: ${value}`);
    }
    /**
     * Create a new 32-bit-integer-valued message header
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newInt32(name, value) {
        Header.validateHeaderName(name);
        if (value >= eventstream_utils.MIN_INT32 && value <= eventstream_utils.MAX_INT32 && Number.isSafeInteger(value)) {
            return new Header(name, HeaderType.Int32, value);
        }
        throw new error_1.CrtError(`Illegal value for eventstream int32-valued header: ${value}`);
    }
    /**
     * Create a new 64-bit-integer-valued message header.  number cannot represent a full 64-bit integer range but
     * its usage is so common that this exists for convenience.  Internally, we always track 64 bit integers as
     * bigints.
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newInt64FromNumber(name, value) {
        Header.validateHeaderName(name);
        if (Number.isSafeInteger(value)) {
            return new Header(name, HeaderType.Int64, eventstream_utils.marshalInt64BigintAsBuffer(BigInt(value)));
        }
        throw new error_1.CrtError(`Illegal value for eventstream int64-valued header: ${value}`);
    }
    /**
     * Create a new 64-bit-integer-valued message header from a big integer.
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newInt64FromBigint(name, value) {
        Header.validateHeaderName(name);
        if (value >= eventstream_utils.MIN_INT64 && value <= eventstream_utils.MAX_INT64) {
            return new Header(name, HeaderType.Int64, eventstream_utils.marshalInt64BigintAsBuffer(value));
        }
        throw new error_1.CrtError(`Illegal value for eventstream int64-valued header: ${value}`);
    }
    /**
     * Create a new byte-buffer-valued message header
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newByteBuffer(name, value) {
        Header.validateHeaderName(name);
        return new Header(name, HeaderType.ByteBuffer, value);
    }
    /**
     * Create a new string-valued message header
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newString(name, value) {
        Header.validateHeaderName(name);
        return new Header(name, HeaderType.String, value);
    }
    /**
     * Create a new timestamp-valued message header from an integral value in seconds since epoch.
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newTimeStampFromSecondsSinceEpoch(name, secondsSinceEpoch) {
        Header.validateHeaderName(name);
        if (Number.isSafeInteger(secondsSinceEpoch) && secondsSinceEpoch >= 0) {
            return new Header(name, HeaderType.Timestamp, secondsSinceEpoch);
        }
        throw new error_1.CrtError(`Illegal value for eventstream timestamp-valued header: ${secondsSinceEpoch}`);
    }
    /**
     * Create a new timestamp-valued message header from a date.
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newTimeStampFromDate(name, date) {
        Header.validateHeaderName(name);
        const secondsSinceEpoch = date.getTime();
        if (Number.isSafeInteger(secondsSinceEpoch)) {
            return new Header(name, HeaderType.Timestamp, secondsSinceEpoch);
        }
        throw new error_1.CrtError(`Illegal value for eventstream timestamp-valued header: ${date}`);
    }
    /**
     * Create a new UUID-valued message header.
     * WIP
     *
     * @param name name of the header
     * @param value value of the header
     */
    static newUUID(name, value) {
        Header.validateHeaderName(name);
        if (value.byteLength == 16) {
            return new Header(name, HeaderType.UUID, value);
        }
        throw new error_1.CrtError(`Illegal value for eventstream uuid-valued header: ${value}`);
    }
    toValue(type) {
        if (type != this.type) {
            throw new error_1.CrtError(`Header of type (${this.type}) cannot be converted to type (${type})`);
        }
        return this.value;
    }
    /**
     * All conversion functions require the header's type to be appropriately matching.  There are no error-prone
     * flexible conversion helpers.
     */
    /**
     * Returns a boolean header's value.
     */
    asBoolean() {
        switch (this.type) {
            case HeaderType.BooleanFalse:
                return false;
            case HeaderType.BooleanTrue:
                return true;
            default:
                throw new error_1.CrtError(`Header of type (${this.type}) cannot be converted to type (boolean)`);
        }
    }
    /**
     * Returns a byte header's value.
     */
    asByte() {
        return this.toValue(HeaderType.Byte);
    }
    /**
     * Returns a 16-bit integer header's value.
     */
    asInt16() {
        return this.toValue(HeaderType.Int16);
    }
    /**
     * Returns a 32-bit integer header's value.
     */
    asInt32() {
        return this.toValue(HeaderType.Int32);
    }
    /**
     * Returns a 64-bit integer header's value.
     */
    asInt64() {
        return eventstream_utils.unmarshalInt64BigintFromBuffer(this.toValue(HeaderType.Int64));
    }
    /**
     * Returns a byte buffer header's value.
     */
    asByteBuffer() {
        return this.toValue(HeaderType.ByteBuffer);
    }
    /**
     * Returns a string header's value.
     */
    asString() {
        return this.toValue(HeaderType.String);
    }
    /**
     * Returns a timestamp header's value (as seconds since epoch).
     */
    asTimestamp() {
        return this.toValue(HeaderType.Timestamp);
    }
    /**
     * Returns a UUID header's value.
     */
    asUUID() {
        return this.toValue(HeaderType.UUID);
    }
}
exports.Header = Header;
/**
 * Flags for messages in the event-stream RPC protocol.
 *
 * Flags may be XORed together.
 * Not all flags can be used with all message types, consult documentation.
 */
var MessageFlags;
(function (MessageFlags) {
    /** Nothing */
    MessageFlags[MessageFlags["None"] = 0] = "None";
    /**
     * Connection accepted
     *
     * If this flag is absent from a {@link MessageType.ConnectAck ConnectAck} message, the connection has been
     * rejected.
     */
    MessageFlags[MessageFlags["ConnectionAccepted"] = 1] = "ConnectionAccepted";
    /**
     * Terminate stream
     *
     * This message may be used with any message type.
     * The sender will close their connection after the message is written to the wire.
     * The receiver will close their connection after delivering the message to the user.
     */
    MessageFlags[MessageFlags["TerminateStream"] = 2] = "TerminateStream";
})(MessageFlags = exports.MessageFlags || (exports.MessageFlags = {}));
/**
 *
 * Types of messages in the event-stream RPC protocol.
 * The {@link MessageType.ApplicationMessage Application} and {@link MessageType.ApplicationError Error} message types
 * may only be sent on streams, and will never arrive as a protocol message (stream-id 0).
 *
 * For all other message types, they may only be sent as protocol messages
 * (stream-id 0), and will never arrive as a stream message.
 *
 * Different message types expect specific headers and flags, consult documentation.
 */
var MessageType;
(function (MessageType) {
    /** Application message */
    MessageType[MessageType["ApplicationMessage"] = 0] = "ApplicationMessage";
    /** Application error */
    MessageType[MessageType["ApplicationError"] = 1] = "ApplicationError";
    /** Ping */
    MessageType[MessageType["Ping"] = 2] = "Ping";
    /** Ping response */
    MessageType[MessageType["PingResponse"] = 3] = "PingResponse";
    /** Connect */
    MessageType[MessageType["Connect"] = 4] = "Connect";
    /**
     * Connect acknowledgement
     *
     * If the {@link MessageFlags.ConnectionAccepted ConnectionAccepted} flag is not present, the connection has been rejected.
     */
    MessageType[MessageType["ConnectAck"] = 5] = "ConnectAck";
    /**
     * Protocol error
     */
    MessageType[MessageType["ProtocolError"] = 6] = "ProtocolError";
    /**
     * Internal error
     */
    MessageType[MessageType["InternalError"] = 7] = "InternalError";
})(MessageType = exports.MessageType || (exports.MessageType = {}));
/** @internal */
function mapPodHeadersToJSHeaders(headers) {
    return Array.from(headers, (header) => {
        return new Header(header.name, header.type, header.value);
    });
}
/** @internal */
function mapPodMessageToJSMessage(message) {
    let jsMessage = {
        type: message.type,
        flags: message.flags,
        payload: message.payload
    };
    if (message.headers) {
        jsMessage.headers = mapPodHeadersToJSHeaders(message.headers);
    }
    return jsMessage;
}
/**
 * @internal
 *
 * While not strictly necessary, the single-threaded nature of JS execution allows us to easily apply some
 * rigid constraints to the public API calls of our event stream objects.  This in turn reduces the complexity of the
 * binding cases we need to consider.
 *
 * This state value is the primary means by which we add and enforce these constraints to connection objects.
 *
 * Constraints enforced in the managed binding:
 *
 *  (1) close() may only be called once.  Once it has been called, nothing else may be called.
 *  (2) newStream() and sendMessage() may only be called after successful connection establishment and before the
 *      connection has been closed.
 *  (3) connect() may only be called once.  Combined with (1) and (2), this means that if connect() is called, it must
 *      be the first thing called.
 */
var ClientConnectionState;
(function (ClientConnectionState) {
    ClientConnectionState[ClientConnectionState["None"] = 0] = "None";
    ClientConnectionState[ClientConnectionState["Connecting"] = 1] = "Connecting";
    ClientConnectionState[ClientConnectionState["Connected"] = 2] = "Connected";
    ClientConnectionState[ClientConnectionState["Disconnected"] = 3] = "Disconnected";
    ClientConnectionState[ClientConnectionState["Closed"] = 4] = "Closed";
})(ClientConnectionState || (ClientConnectionState = {}));
/**
 * Wrapper for a network connection that fulfills the client-side event stream RPC protocol contract.
 *
 * The user **must** call close() on a connection once finished with it.  Once close() has been called, no more events
 * will be emitted and all public API invocations will trigger an exception.
 */
class ClientConnection extends (0, native_resource_1.NativeResourceMixin)(event_1.BufferedEventEmitter) {
    /**
     * Configures and creates a new ClientConnection instance
     *
     * @param config configuration options for the event stream connection
     */
    constructor(config) {
        if (config === undefined) {
            throw new error_1.CrtError("Invalid configuration passed to eventstream ClientConnection constructor");
        }
        super();
        this.state = ClientConnectionState.None;
        this._super(binding_1.default.event_stream_client_connection_new(this, config, (connection, errorCode) => { ClientConnection._s_on_disconnect(connection, errorCode); }, (connection, message) => { ClientConnection._s_on_protocol_message(connection, message); }, config.socketOptions ? config.socketOptions.native_handle() : null, config.tlsCtx ? config.tlsCtx.native_handle() : null));
    }
    /**
     * Shuts down the connection (if active) and begins the process to release native resources associated with it by
     * having the native binding release the only reference to the extern object representing the connection.  Once
     * close() has been called, no more events will be emitted and all public API invocations will trigger an exception.
     *
     * Ultimately, the native resources will not be released until the connection has fully shut down and that
     * shutdown event has reached the libuv event loop.
     *
     * This function **must** be called for every ClientConnection instance or native resources will leak.
     */
    close() {
        if (this.state != ClientConnectionState.Closed) {
            this.state = ClientConnectionState.Closed;
            // invoke native binding close
            binding_1.default.event_stream_client_connection_close(this.native_handle());
        }
    }
    /**
     * Attempts to open a network connection to the configured remote endpoint.  Returned promise will be fulfilled if
     * the transport-level connection is successfully established, and rejected otherwise.
     *
     * connect() may only be called once.
     */
    connect(options) {
        return __awaiter(this, void 0, void 0, function* () {
            let cleanupCancelListener = undefined;
            let connectPromise = new Promise((resolve, reject) => {
                if (!options) {
                    reject(new error_1.CrtError("Invalid options passed to event stream ClientConnection.connect"));
                    return;
                }
                if (this.state != ClientConnectionState.None) {
                    reject(new error_1.CrtError(`Event stream connection in a state (${this.state}) where connect() is not allowed.`));
                    return;
                }
                this.state = ClientConnectionState.Connecting;
                if (options.cancelController) {
                    let cancel = () => {
                        reject(new error_1.CrtError(`Event stream connection connect() cancelled by external request.`));
                        setImmediate(() => { this.close(); });
                    };
                    cleanupCancelListener = options.cancelController.addListener(cancel);
                    if (!cleanupCancelListener) {
                        return;
                    }
                }
                function curriedPromiseCallback(connection, errorCode) {
                    return ClientConnection._s_on_connection_setup(resolve, reject, connection, errorCode);
                }
                try {
                    binding_1.default.event_stream_client_connection_connect(this.native_handle(), curriedPromiseCallback);
                }
                catch (e) {
                    this.state = ClientConnectionState.Disconnected;
                    reject(e);
                }
            });
            return promise.makeSelfCleaningPromise(connectPromise, cleanupCancelListener);
        });
    }
    /**
     * Attempts to send an event stream protocol message over an open connection.
     *
     * @param options configuration -- including the message itself -- for sending a protocol message
     *
     * Returns a promise that will be fulfilled when the message is successfully flushed to the wire, and rejected if
     * an error occurs prior to that point.
     */
    sendProtocolMessage(options) {
        return __awaiter(this, void 0, void 0, function* () {
            let cleanupCancelListener = undefined;
            let sendProtocolMessagePromise = new Promise((resolve, reject) => {
                try {
                    if (!options) {
                        reject(new error_1.CrtError("Invalid options passed to event stream ClientConnection.sendProtocolMessage"));
                        return;
                    }
                    if (!this.isConnected()) {
                        reject(new error_1.CrtError(`Event stream connection in a state (${this.state}) where sending protocol messages is not allowed.`));
                        return;
                    }
                    if (options.cancelController) {
                        let cancel = () => {
                            reject(new error_1.CrtError(`Event stream connection sendProtocolMessage() cancelled by external request.`));
                            setImmediate(() => { this.close(); });
                        };
                        cleanupCancelListener = options.cancelController.addListener(cancel);
                        if (!cleanupCancelListener) {
                            return;
                        }
                    }
                    // invoke native binding send message;
                    function curriedPromiseCallback(errorCode) {
                        return ClientConnection._s_on_connection_send_protocol_message_completion(resolve, reject, errorCode);
                    }
                    // invoke native binding send message;
                    binding_1.default.event_stream_client_connection_send_protocol_message(this.native_handle(), options, curriedPromiseCallback);
                }
                catch (e) {
                    reject(e);
                }
            });
            return promise.makeSelfCleaningPromise(sendProtocolMessagePromise, cleanupCancelListener);
        });
    }
    /**
     * Returns true if the connection is currently open and ready-to-use, false otherwise.
     *
     * Internal note: Our notion of "connected" is intentionally not an invocation of
     * aws_event_stream_rpc_client_connection_is_open() (whose status is an out-of-sync race condition vs. our
     * well-defined client state)
     */
    isConnected() {
        return this.state == ClientConnectionState.Connected;
    }
    /**
     * Creates a new stream within the connection.
     */
    newStream() {
        if (!this.isConnected()) {
            throw new error_1.CrtError(`Event stream connection in a state (${this.state}) where creating new streams is forbidden.`);
        }
        return new ClientStream(this);
    }
    on(event, listener) {
        super.on(event, listener);
        return this;
    }
    static _s_on_connection_setup(resolve, reject, connection, errorCode) {
        if (errorCode == 0 && connection.state == ClientConnectionState.Connecting) {
            connection.state = ClientConnectionState.Connected;
            resolve();
        }
        else {
            if (connection.state != ClientConnectionState.Closed) {
                connection.state = ClientConnectionState.Disconnected;
            }
            reject(io.error_code_to_string(errorCode));
        }
    }
    static _s_on_disconnect(connection, errorCode) {
        if (connection.state != ClientConnectionState.Closed) {
            connection.state = ClientConnectionState.Disconnected;
        }
        process.nextTick(() => {
            connection.emit('disconnection', { errorCode: errorCode });
        });
    }
    static _s_on_protocol_message(connection, message) {
        process.nextTick(() => {
            connection.emit('protocolMessage', { message: mapPodMessageToJSMessage(message) });
        });
    }
    static _s_on_connection_send_protocol_message_completion(resolve, reject, errorCode) {
        if (errorCode == 0) {
            resolve();
        }
        else {
            reject(io.error_code_to_string(errorCode));
        }
    }
}
exports.ClientConnection = ClientConnection;
/**
 * Event emitted when the connection is closed for any reason.
 *
 * Listener type: {@link DisconnectionListener}
 *
 * @event
 */
ClientConnection.DISCONNECTION = 'disconnection';
/**
 * Event emitted when a protocol message is received from the remote endpoint
 *
 * Listener type: {@link MessageListener}
 *
 * @event
 */
ClientConnection.PROTOCOL_MESSAGE = 'protocolMessage';
/**
 * @internal
 *
 * While not strictly necessary, the single-threaded nature of JS execution allows us to easily apply some
 * rigid constraints to the public API calls of our event stream objects.  This in turn reduces the complexity of the
 * binding cases we need to consider.
 *
 * This state value is the primary means by which we add and enforce these constraints to stream objects.
 *
 * Constraints enforced in the managed binding:
 *
 *  (1) close() may only be called once.  Once it has been called, nothing else may be called.
 *  (2) sendMessage() may only be called after successful stream activation and before the
 *      stream has been closed.
 *  (3) activate() may only be called once.  Combined with (1) and (2), this means that if activate() is called, it must
 *      be the first thing called.
 */
var ClientStreamState;
(function (ClientStreamState) {
    ClientStreamState[ClientStreamState["None"] = 0] = "None";
    ClientStreamState[ClientStreamState["Activating"] = 1] = "Activating";
    ClientStreamState[ClientStreamState["Activated"] = 2] = "Activated";
    ClientStreamState[ClientStreamState["Ended"] = 3] = "Ended";
    ClientStreamState[ClientStreamState["Closed"] = 4] = "Closed";
})(ClientStreamState || (ClientStreamState = {}));
/**
 * Wrapper for an individual stream within an eventstream connection.
 *
 * The user **must** call close() on a stream once finished with it.  Once close() has been called, no more events
 * will be emitted and all public API invocations will trigger an exception.
 */
class ClientStream extends (0, native_resource_1.NativeResourceMixin)(event_1.BufferedEventEmitter) {
    constructor(connection) {
        super();
        this._super(binding_1.default.event_stream_client_stream_new(this, connection.native_handle(), (stream) => { ClientStream._s_on_stream_ended(stream); }, (stream, message) => { ClientStream._s_on_stream_message(stream, message); }));
        this.state = ClientStreamState.None;
    }
    /**
     * Shuts down the stream (if active) and begins the process to release native resources associated with it by
     * having the native binding release the only reference to the extern object representing the stream.  Once
     * close() has been called, no more events will be emitted and all public API invocations will trigger an exception.
     *
     * Ultimately, the native resources will not be released until the native stream has fully shut down and that
     * shutdown event has reached the libuv event loop.
     *
     * This function **must** be called for every ClientStream instance or native resources will leak.
     */
    close() {
        if (this.state != ClientStreamState.Closed) {
            this.state = ClientStreamState.Closed;
            binding_1.default.event_stream_client_stream_close(this.native_handle());
        }
    }
    /**
     * Activates the stream, allowing it to start sending and receiving messages.  The promise completes when
     * the activation message has been written to the wire.
     *
     * activate() may only be called once.
     *
     * @param options -- configuration data for stream activation, including operation name and initial message
     */
    activate(options) {
        return __awaiter(this, void 0, void 0, function* () {
            let cleanupCancelListener = undefined;
            let activatePromise = new Promise((resolve, reject) => {
                try {
                    if (this.state != ClientStreamState.None) {
                        reject(new error_1.CrtError(`Event stream in a state (${this.state}) where activation is not allowed.`));
                        return;
                    }
                    /*
                     * Intentionally check this after the state check (so closed streams do not reach here).
                     * Intentionally mutate state the same way a failed synchronous call to native activate does.
                     */
                    if (options === undefined) {
                        this.state = ClientStreamState.Ended;
                        reject(new error_1.CrtError("Invalid options passed to ClientStream.activate"));
                        return;
                    }
                    this.state = ClientStreamState.Activating;
                    if (options.cancelController) {
                        let cancel = () => {
                            reject(new error_1.CrtError(`Event stream activate() cancelled by external request.`));
                            setImmediate(() => { this.close(); });
                        };
                        cleanupCancelListener = options.cancelController.addListener(cancel);
                        if (!cleanupCancelListener) {
                            return;
                        }
                    }
                    function curriedPromiseCallback(stream, errorCode) {
                        return ClientStream._s_on_stream_activated(resolve, reject, stream, errorCode);
                    }
                    binding_1.default.event_stream_client_stream_activate(this.native_handle(), options, curriedPromiseCallback);
                }
                catch (e) {
                    this.state = ClientStreamState.Ended;
                    reject(e);
                }
            });
            return promise.makeSelfCleaningPromise(activatePromise, cleanupCancelListener);
        });
    }
    /**
     * Attempts to send an event stream message.
     *
     * @param options configuration -- including the message itself -- for sending a message
     *
     * Returns a promise that will be fulfilled when the message is successfully flushed to the wire, and rejected if
     * an error occurs prior to that point.
     */
    sendMessage(options) {
        return __awaiter(this, void 0, void 0, function* () {
            let cleanupCancelListener = undefined;
            let sendMessagePromise = new Promise((resolve, reject) => {
                try {
                    if (!options) {
                        reject(new error_1.CrtError("Invalid options passed to ClientStream.sendMessage"));
                        return;
                    }
                    if (this.state != ClientStreamState.Activated) {
                        reject(new error_1.CrtError(`Event stream in a state (${this.state}) where sending messages is not allowed.`));
                        return;
                    }
                    if (options.cancelController) {
                        let cancel = () => {
                            reject(new error_1.CrtError(`Event stream sendMessage() cancelled by external request.`));
                            setImmediate(() => { this.close(); });
                        };
                        cleanupCancelListener = options.cancelController.addListener(cancel);
                        if (!cleanupCancelListener) {
                            return;
                        }
                    }
                    function curriedPromiseCallback(errorCode) {
                        return ClientStream._s_on_stream_send_message_completion(resolve, reject, errorCode);
                    }
                    // invoke native binding send message;
                    binding_1.default.event_stream_client_stream_send_message(this.native_handle(), options, curriedPromiseCallback);
                }
                catch (e) {
                    reject(e);
                }
            });
            return promise.makeSelfCleaningPromise(sendMessagePromise, cleanupCancelListener);
        });
    }
    /**
     * Returns true if the stream is currently active and ready-to-use, false otherwise.
     */
    isActive() {
        return this.state == ClientStreamState.Activated;
    }
    on(event, listener) {
        super.on(event, listener);
        return this;
    }
    static _s_on_stream_activated(resolve, reject, stream, errorCode) {
        if (errorCode == 0 && stream.state == ClientStreamState.Activating) {
            stream.state = ClientStreamState.Activated;
            resolve();
        }
        else {
            if (stream.state != ClientStreamState.Closed) {
                stream.state = ClientStreamState.Ended;
            }
            reject(io.error_code_to_string(errorCode));
        }
    }
    static _s_on_stream_send_message_completion(resolve, reject, errorCode) {
        if (errorCode == 0) {
            resolve();
        }
        else {
            reject(io.error_code_to_string(errorCode));
        }
    }
    static _s_on_stream_ended(stream) {
        process.nextTick(() => {
            stream.emit(ClientStream.ENDED, {});
        });
    }
    static _s_on_stream_message(stream, message) {
        process.nextTick(() => {
            stream.emit(ClientStream.MESSAGE, { message: mapPodMessageToJSMessage(message) });
        });
    }
}
exports.ClientStream = ClientStream;
/**
 * Event emitted when the stream is shut down for any reason.
 *
 * Listener type: {@link StreamEndedListener}
 *
 * @event
 */
ClientStream.ENDED = 'ended';
/**
 * Event emitted when a stream message is received from the remote endpoint
 *
 * Listener type: {@link MessageListener}
 *
 * @event
 */
ClientStream.MESSAGE = 'message';
//# sourceMappingURL=eventstream.js.map

/***/ }),

/***/ 42332:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unmarshalInt64BigintFromBuffer = exports.marshalInt64BigintAsBuffer = exports.MIN_INT64 = exports.MAX_INT64 = exports.MIN_INT32 = exports.MAX_INT32 = exports.MIN_INT16 = exports.MAX_INT16 = exports.MIN_INT8 = exports.MAX_INT8 = void 0;
const error_1 = __webpack_require__(59440);
/*
* Limits for header value validation
*/
exports.MAX_INT8 = 127;
exports.MIN_INT8 = -128;
exports.MAX_INT16 = 32767;
exports.MIN_INT16 = -32768;
exports.MAX_INT32 = 2147483647;
exports.MIN_INT32 = -2147483648;
exports.MAX_INT64 = BigInt("9223372036854775807");
exports.MIN_INT64 = BigInt("-9223372036854775808");
const MAX_UINT8_AS_BIGINT = BigInt("256");
/** @internal */
function marshalInt64BigintAsBuffer(value) {
    if (value < exports.MIN_INT64 || value > exports.MAX_INT64) {
        throw new error_1.CrtError("marshalInt64BigintAsBuffer expects a value that can fit in 8 bytes");
    }
    let buffer = new Uint8Array(8);
    /* encode the integer as a twos-complement byte sequence */
    if (value < 0) {
        value = -value - BigInt(1);
        for (let i = 0; i < 8; ++i) {
            buffer[i] = 255 - Number(value % MAX_UINT8_AS_BIGINT);
            value /= MAX_UINT8_AS_BIGINT;
        }
    }
    else {
        for (let i = 0; i < 8; ++i) {
            buffer[i] = Number(value % MAX_UINT8_AS_BIGINT);
            value /= MAX_UINT8_AS_BIGINT;
        }
    }
    return buffer;
}
exports.marshalInt64BigintAsBuffer = marshalInt64BigintAsBuffer;
/** @internal */
function unmarshalInt64BigintFromBuffer(buffer) {
    let value = BigInt(0);
    let byteView = new Uint8Array(buffer);
    if (byteView.length != 8) {
        throw new error_1.CrtError("unmarshalInt64BigintFromBuffer expects a byte buffer of length 8");
    }
    let shift = BigInt(1);
    let isNegative = (byteView[7] & 0x80) != 0;
    /* encoding is two's-complement, so treat negative and non-negative differently */
    if (isNegative) {
        for (let i = 0; i < byteView.length; ++i) {
            let byteValue = BigInt(255 - byteView[i]);
            value += (byteValue * shift);
            shift *= MAX_UINT8_AS_BIGINT;
        }
        value += BigInt(1);
        value = -value;
    }
    else {
        for (let i = 0; i < byteView.length; ++i) {
            let byteValue = BigInt(byteView[i]);
            value += (byteValue * shift);
            shift *= MAX_UINT8_AS_BIGINT;
        }
    }
    return value;
}
exports.unmarshalInt64BigintFromBuffer = unmarshalInt64BigintFromBuffer;
//# sourceMappingURL=eventstream_utils.js.map

/***/ }),

/***/ 92960:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HttpClientConnectionManager = exports.HttpClientStream = exports.HttpStream = exports.HttpClientConnection = exports.HttpProxyOptions = exports.HttpProxyConnectionType = exports.HttpConnection = exports.HttpRequest = exports.HttpHeaders = exports.HttpProxyAuthenticationType = void 0;
/**
 *
 * A module containing support for creating http connections and making requests on them.
 *
 * @packageDocumentation
 * @module http
 * @mergeTarget
 */
const binding_1 = __importDefault(__webpack_require__(94739));
const native_resource_1 = __webpack_require__(37990);
const error_1 = __webpack_require__(59440);
const http_1 = __webpack_require__(2926);
/** @internal */
var http_2 = __webpack_require__(2926);
Object.defineProperty(exports, "HttpProxyAuthenticationType", ({ enumerable: true, get: function () { return http_2.HttpProxyAuthenticationType; } }));
const event_1 = __webpack_require__(78468);
/**
 * @category HTTP
 */
exports.HttpHeaders = binding_1.default.HttpHeaders;
/** @internal */
const nativeHttpRequest = binding_1.default.HttpRequest;
/**
 * @category HTTP
 */
class HttpRequest extends nativeHttpRequest {
    constructor(method, path, headers, body) {
        super(method, path, headers, body === null || body === void 0 ? void 0 : body.native_handle());
    }
}
exports.HttpRequest = HttpRequest;
/**
 * Base class for HTTP connections
 *
 * @category HTTP
 */
class HttpConnection extends (0, native_resource_1.NativeResourceMixin)(event_1.BufferedEventEmitter) {
    constructor(native_handle) {
        super();
        this._super(native_handle);
    }
    /**
     * Close the connection.
     * Shutdown is asynchronous. This call has no effect if the connection is already
     * closing.
     */
    close() {
        binding_1.default.http_connection_close(this.native_handle());
    }
    // Overridden to allow uncorking on ready
    on(event, listener) {
        super.on(event, listener);
        if (event == 'connect') {
            process.nextTick(() => {
                this.uncork();
            });
        }
        return this;
    }
}
exports.HttpConnection = HttpConnection;
/**
 * Emitted when the connection is connected and ready to start streams
 *
 * @event
 */
HttpConnection.CONNECT = 'connect';
/**
 * Emitted when an error occurs on the connection
 *
 * @event
 */
HttpConnection.ERROR = 'error';
/**
 * Emitted when the connection has completed
 *
 * @event
 */
HttpConnection.CLOSE = 'close';
/**
 * Proxy connection types.
 *
 * The original behavior was to make a tunneling connection if TLS was used, and a forwarding connection if it was not.
 * There are legitimate use cases for plaintext tunneling connections, and so the implicit behavior has now
 * been replaced by this setting, with a default that maps to the old behavior.
 *
 * @category HTTP
 */
var HttpProxyConnectionType;
(function (HttpProxyConnectionType) {
    /**
     * (Default for backwards compatibility).  If Tls options are supplied then the connection will be a tunneling
     * one, otherwise it will be a forwarding one.
     */
    HttpProxyConnectionType[HttpProxyConnectionType["Legacy"] = 0] = "Legacy";
    /**
     * Establish a forwarding-based connection with the proxy.  Tls is not allowed in this case.
     */
    HttpProxyConnectionType[HttpProxyConnectionType["Forwarding"] = 1] = "Forwarding";
    /**
     * Establish a tunneling-based connection with the proxy.
     */
    HttpProxyConnectionType[HttpProxyConnectionType["Tunneling"] = 2] = "Tunneling";
})(HttpProxyConnectionType = exports.HttpProxyConnectionType || (exports.HttpProxyConnectionType = {}));
;
/**
 * Proxy options for HTTP clients.
 *
 * @category HTTP
 */
class HttpProxyOptions extends http_1.CommonHttpProxyOptions {
    /**
     *
     * @param host_name Name of the proxy server to connect through
     * @param port Port number of the proxy server to connect through
     * @param auth_method Type of proxy authentication to use. Default is {@link HttpProxyAuthenticationType.None}
     * @param auth_username Username to use when `auth_type` is {@link HttpProxyAuthenticationType.Basic}
     * @param auth_password Password to use when `auth_type` is {@link HttpProxyAuthenticationType.Basic}
     * @param tls_opts Optional TLS connection options for the connection to the proxy host.
     *                 Must be distinct from the {@link TlsConnectionOptions} provided to
     *                 the HTTP connection
     * @param connection_type Optional Type of connection to make.  If not specified,
     *                 {@link HttpProxyConnectionType.Legacy} will be used.
     */
    constructor(host_name, port, auth_method = http_1.HttpProxyAuthenticationType.None, auth_username, auth_password, tls_opts, connection_type) {
        super(host_name, port, auth_method, auth_username, auth_password);
        this.tls_opts = tls_opts;
        this.connection_type = connection_type;
    }
    /** @internal */
    create_native_handle() {
        return binding_1.default.http_proxy_options_new(this.host_name, this.port, this.auth_method, this.auth_username, this.auth_password, this.tls_opts ? this.tls_opts.native_handle() : undefined, this.connection_type ? this.connection_type : HttpProxyConnectionType.Legacy);
    }
}
exports.HttpProxyOptions = HttpProxyOptions;
/**
 * Represents an HTTP connection from a client to a server
 *
 * @category HTTP
 */
class HttpClientConnection extends HttpConnection {
    _on_setup(native_handle, error_code) {
        if (error_code) {
            this.emit('error', new error_1.CrtError(error_code));
            return;
        }
        this.emit('connect');
    }
    _on_shutdown(native_handle, error_code) {
        if (error_code) {
            this.emit('error', new error_1.CrtError(error_code));
            return;
        }
        this.emit('close');
    }
    /** Asynchronously establish a new HttpClientConnection.
     * @param bootstrap Client bootstrap to use when initiating socket connection.  Leave undefined to use the
     *          default system-wide bootstrap (recommended).
     * @param host_name Host to connect to
     * @param port Port to connect to on host
     * @param socket_options Socket options
     * @param tls_opts Optional TLS connection options
     * @param proxy_options Optional proxy options
    */
    constructor(bootstrap, host_name, port, socket_options, tls_opts, proxy_options, handle) {
        if (socket_options == null || socket_options == undefined) {
            throw new error_1.CrtError("HttpClientConnection constructor: socket_options not defined");
        }
        super(handle
            ? handle
            : binding_1.default.http_connection_new(bootstrap != null ? bootstrap.native_handle() : null, (handle, error_code) => {
                this._on_setup(handle, error_code);
            }, (handle, error_code) => {
                this._on_shutdown(handle, error_code);
            }, host_name, port, socket_options.native_handle(), tls_opts ? tls_opts.native_handle() : undefined, proxy_options ? proxy_options.create_native_handle() : undefined));
        this.bootstrap = bootstrap;
        this.socket_options = socket_options;
        this.tls_opts = tls_opts;
    }
    /**
     * Create {@link HttpClientStream} to carry out the request/response exchange.
     *
     * NOTE: The stream sends no data until :meth:`HttpClientStream.activate()`
     * is called. Call {@link HttpStream.activate} when you're ready for
     * callbacks and events to fire.
     * @param request - The HttpRequest to attempt on this connection
     * @returns A new stream that will deliver events for the request
     */
    request(request) {
        let stream;
        const on_response_impl = (status_code, headers) => {
            stream._on_response(status_code, headers);
        };
        const on_body_impl = (data) => {
            stream._on_body(data);
        };
        const on_complete_impl = (error_code) => {
            stream._on_complete(error_code);
        };
        const native_handle = binding_1.default.http_stream_new(this.native_handle(), request, on_complete_impl, on_response_impl, on_body_impl);
        return stream = new HttpClientStream(native_handle, this, request);
    }
}
exports.HttpClientConnection = HttpClientConnection;
/**
 * Represents a single http message exchange (request/response) in HTTP/1.1. In H2, it may
 * also represent a PUSH_PROMISE followed by the accompanying response.
 *
 * NOTE: Binding either the ready or response event will uncork any buffered events and start
 * event delivery
 *
 * @category HTTP
 */
class HttpStream extends (0, native_resource_1.NativeResourceMixin)(event_1.BufferedEventEmitter) {
    constructor(native_handle, connection) {
        super();
        this.connection = connection;
        this._super(native_handle);
        this.cork();
    }
    /**
     * Begin sending the request.
     *
     * The stream does nothing until this is called. Call activate() when you
     * are ready for its callbacks and events to fire.
     */
    activate() {
        binding_1.default.http_stream_activate(this.native_handle());
    }
    /**
     * Closes and ends all communication on this stream. Called automatically after the 'end'
     * event is delivered. Calling this manually is only necessary if you wish to terminate
     * communication mid-request/response.
     */
    close() {
        binding_1.default.http_stream_close(this.native_handle());
    }
    /** @internal */
    _on_body(data) {
        this.emit('data', data);
    }
    /** @internal */
    _on_complete(error_code) {
        if (error_code) {
            this.emit('error', new error_1.CrtError(error_code));
            this.close();
            return;
        }
        // schedule death after end is delivered
        this.on('end', () => {
            this.close();
        });
        this.emit('end');
    }
}
exports.HttpStream = HttpStream;
/**
 * Stream that sends a request and receives a response.
 *
 * Create an HttpClientStream with {@link HttpClientConnection.request}.
 *
 * NOTE: The stream sends no data until {@link HttpStream.activate} is called.
 * Call {@link HttpStream.activate} when you're ready for callbacks and events to fire.
 *
 * @category HTTP
 */
class HttpClientStream extends HttpStream {
    constructor(native_handle, connection, request) {
        super(native_handle, connection);
        this.request = request;
    }
    /**
     * HTTP status code returned from the server.
     * @return Either the status code, or undefined if the server response has not arrived yet.
     */
    status_code() {
        return this.response_status_code;
    }
    // Overridden to allow uncorking on ready and response
    on(event, listener) {
        super.on(event, listener);
        if (event == 'response') {
            process.nextTick(() => {
                this.uncork();
            });
        }
        return this;
    }
    /** @internal */
    _on_response(status_code, header_array) {
        this.response_status_code = status_code;
        let headers = new exports.HttpHeaders(header_array);
        this.emit('response', status_code, headers);
    }
}
exports.HttpClientStream = HttpClientStream;
/**
 * Emitted when the http response headers have arrived.
 *
 * @event
 */
HttpClientStream.RESPONSE = 'response';
/**
 * Emitted when http response data is available.
 *
 * @event
 */
HttpClientStream.DATA = 'data';
/**
 * Emitted when an error occurs in stream processing
 *
 * @event
 */
HttpClientStream.ERROR = 'error';
/**
 * Emitted when the stream has completed
 *
 * @event
 */
HttpClientStream.END = 'end';
/**
 * Emitted when inline headers are delivered while communicating over H2
 *
 * @event
 */
HttpClientStream.HEADERS = 'headers';
/**
 * Creates, manages, and vends connections to a given host/port endpoint
 *
 * @category HTTP
 */
class HttpClientConnectionManager extends native_resource_1.NativeResource {
    /**
     * @param bootstrap Client bootstrap to use when initiating socket connections.  Leave undefined to use the
     *          default system-wide bootstrap (recommended).
     * @param host Host to connect to
     * @param port Port to connect to on host
     * @param max_connections Maximum number of connections to pool
     * @param initial_window_size Optional initial window size
     * @param socket_options Socket options to use when initiating socket connections
     * @param tls_opts Optional TLS connection options
     * @param proxy_options Optional proxy options
     */
    constructor(bootstrap, host, port, max_connections, initial_window_size, socket_options, tls_opts, proxy_options) {
        if (socket_options == null || socket_options == undefined) {
            throw new error_1.CrtError("HttpClientConnectionManager constructor: socket_options not defined");
        }
        super(binding_1.default.http_connection_manager_new(bootstrap != null ? bootstrap.native_handle() : null, host, port, max_connections, initial_window_size, socket_options.native_handle(), tls_opts ? tls_opts.native_handle() : undefined, proxy_options ? proxy_options.create_native_handle() : undefined, undefined /* on_shutdown */));
        this.bootstrap = bootstrap;
        this.host = host;
        this.port = port;
        this.max_connections = max_connections;
        this.initial_window_size = initial_window_size;
        this.socket_options = socket_options;
        this.tls_opts = tls_opts;
        this.proxy_options = proxy_options;
        this.connections = new Map();
    }
    /**
    * Vends a connection from the pool
    * @returns A promise that results in an HttpClientConnection. When done with the connection, return
    *          it via {@link release}
    */
    acquire() {
        return new Promise((resolve, reject) => {
            // Only create 1 connection in JS/TS from each native connection
            const on_acquired = (handle, error_code) => {
                if (error_code) {
                    reject(new error_1.CrtError(error_code));
                    return;
                }
                let connection = this.connections.get(handle);
                if (!connection) {
                    connection = new HttpClientConnection(this.bootstrap, this.host, this.port, this.socket_options, this.tls_opts, this.proxy_options, handle);
                    this.connections.set(handle, connection);
                    connection.on('close', () => {
                        this.connections.delete(handle);
                    });
                }
                resolve(connection);
            };
            binding_1.default.http_connection_manager_acquire(this.native_handle(), on_acquired);
        });
    }
    /**
     * Returns an unused connection to the pool
     * @param connection - The connection to return
    */
    release(connection) {
        if (connection == null || connection == undefined) {
            throw new error_1.CrtError("HttpClientConnectionManager release: connection not defined");
        }
        binding_1.default.http_connection_manager_release(this.native_handle(), connection.native_handle());
    }
    /** Closes all connections and rejects all pending requests */
    close() {
        binding_1.default.http_connection_manager_close(this.native_handle());
    }
}
exports.HttpClientConnectionManager = HttpClientConnectionManager;
//# sourceMappingURL=http.js.map

/***/ }),

/***/ 41528:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Pkcs11Lib = exports.TlsConnectionOptions = exports.ServerTlsContext = exports.ClientTlsContext = exports.TlsContext = exports.TlsContextOptions = exports.tls_cipher_preference_is_supported = exports.TlsCipherPreference = exports.CertificateSource = exports.SocketOptions = exports.ClientBootstrap = exports.InputStream = exports.is_alpn_available = exports.enable_logging = exports.error_code_to_name = exports.error_code_to_string = exports.SocketDomain = exports.SocketType = exports.TlsVersion = exports.LogLevel = exports.setLogLevel = void 0;
/**
 *
 * A module containing a grab bag of support for core network I/O functionality, including sockets, TLS, DNS, logging,
 * error handling, streams, and connection -> thread mapping.
 *
 * Categories include:
 * - Network: socket configuration
 * - TLS: tls configuration
 * - Logging: logging controls and configuration
 * - IO: everything else
 *
 * @packageDocumentation
 * @module io
 * @mergeTarget
 */
const binding_1 = __importDefault(__webpack_require__(94739));
const native_resource_1 = __webpack_require__(37990);
const io_1 = __webpack_require__(45674);
// Do not re-export the logging functions in common; they are package-private
var io_2 = __webpack_require__(45674);
Object.defineProperty(exports, "setLogLevel", ({ enumerable: true, get: function () { return io_2.setLogLevel; } }));
Object.defineProperty(exports, "LogLevel", ({ enumerable: true, get: function () { return io_2.LogLevel; } }));
Object.defineProperty(exports, "TlsVersion", ({ enumerable: true, get: function () { return io_2.TlsVersion; } }));
Object.defineProperty(exports, "SocketType", ({ enumerable: true, get: function () { return io_2.SocketType; } }));
Object.defineProperty(exports, "SocketDomain", ({ enumerable: true, get: function () { return io_2.SocketDomain; } }));
const error_1 = __webpack_require__(59440);
/**
 * Convert a native error code into a human-readable string
 * @param error_code - An error code returned from a native API call, or delivered
 * via callback.
 * @returns Long-form description of the error
 * @see CrtError
 *
 * nodejs only.
 *
 * @category System
 */
function error_code_to_string(error_code) {
    return binding_1.default.error_code_to_string(error_code);
}
exports.error_code_to_string = error_code_to_string;
/**
 * Convert a native error code into a human-readable identifier
 * @param error_code - An error code returned from a native API call, or delivered
 * via callback.
 * @return error name as a string
 * @see CrtError
 *
 * nodejs only.
 *
 * @category System
 */
function error_code_to_name(error_code) {
    return binding_1.default.error_code_to_name(error_code);
}
exports.error_code_to_name = error_code_to_name;
/**
 * Enables logging of the native AWS CRT libraries.
 * @param level - The logging level to filter to. It is not possible to log less than WARN.
 *
 * nodejs only.
 * @category Logging
 */
function enable_logging(level) {
    binding_1.default.io_logging_enable(level);
    (0, io_1.setLogLevel)(level);
}
exports.enable_logging = enable_logging;
/**
 * Returns true if ALPN is available on this platform natively
 * @return true if ALPN is supported natively, false otherwise
 *
 * nodejs only.
 * @category TLS
*/
function is_alpn_available() {
    return binding_1.default.is_alpn_available();
}
exports.is_alpn_available = is_alpn_available;
/**
 * Wraps a ```Readable``` for reading by native code, used to stream
 *  data into the AWS CRT libraries.
 *
 * nodejs only.
 * @category IO
 */
class InputStream extends native_resource_1.NativeResource {
    constructor(source) {
        super(binding_1.default.io_input_stream_new(16 * 1024));
        this.source = source;
        this.source.on('data', (data) => {
            data = Buffer.isBuffer(data) ? data : Buffer.from(data.toString());
            binding_1.default.io_input_stream_append(this.native_handle(), data);
        });
        this.source.on('end', () => {
            binding_1.default.io_input_stream_append(this.native_handle(), undefined);
        });
    }
}
exports.InputStream = InputStream;
/**
 * Represents native resources required to bootstrap a client connection
 * Things like a host resolver, event loop group, etc. There should only need
 * to be 1 of these per application, in most cases.
 *
 * nodejs only.
 * @category IO
 */
class ClientBootstrap extends native_resource_1.NativeResource {
    constructor() {
        super(binding_1.default.io_client_bootstrap_new());
    }
}
exports.ClientBootstrap = ClientBootstrap;
/**
 * Standard Berkeley socket style options.
 *
 * nodejs only.
 * @category Network
*/
class SocketOptions extends native_resource_1.NativeResource {
    constructor(type = io_1.SocketType.STREAM, domain = io_1.SocketDomain.IPV6, connect_timeout_ms = 5000, keepalive = false, keep_alive_interval_sec = 0, keep_alive_timeout_sec = 0, keep_alive_max_failed_probes = 0) {
        super(binding_1.default.io_socket_options_new(type, domain, connect_timeout_ms, keep_alive_interval_sec, keep_alive_timeout_sec, keep_alive_max_failed_probes, keepalive));
    }
}
exports.SocketOptions = SocketOptions;
/**
 * Certificate source tracking.
 * Tracks how the TLS context was created for metrics reporting.
 * JAVA_KEY_STORE = 3 is reserved for Java Key Store
 * @internal
 */
var CertificateSource;
(function (CertificateSource) {
    CertificateSource[CertificateSource["CERTIFICATE_FILES"] = 0] = "CERTIFICATE_FILES";
    CertificateSource[CertificateSource["PKCS11"] = 1] = "PKCS11";
    CertificateSource[CertificateSource["WINDOWS_CERT_STORE"] = 2] = "WINDOWS_CERT_STORE";
    CertificateSource[CertificateSource["PKCS12_FILE"] = 4] = "PKCS12_FILE";
})(CertificateSource = exports.CertificateSource || (exports.CertificateSource = {}));
/**
 * Each TlsCipherPreference represents an ordered list of TLS Ciphers to use when negotiating a TLS Connection. At
 * present, the ability to configure arbitrary orderings of TLS Ciphers is not allowed, and only a curated list of
 * vetted TlsCipherPref's are exposed.
 */
var TlsCipherPreference;
(function (TlsCipherPreference) {
    /**
     * The underlying platform's default TLS Cipher Preference ordering. This is usually the best option, as it will be
     * automatically updated as the underlying OS or platform changes, and will always be supported on all platforms.
     */
    TlsCipherPreference[TlsCipherPreference["Default"] = 0] = "Default";
    /**
     * A TLS Cipher Preference ordering that supports TLS 1.0 through TLS 1.3, and has Kyber Round 3 as its highest
     * priority post-quantum key exchange algorithm. PQ algorithms in this preference list will always be used in hybrid
     * mode, and will be combined with a classical ECDHE key exchange that is performed in addition to the PQ key
     * exchange. This preference makes a best-effort to negotiate a PQ algorithm, but if the peer does not support any
     * PQ algorithms the TLS connection will fall back to a single classical algorithm for key exchange (such as ECDHE
     * or RSA).
     * NIST has announced that they plan to eventually standardize Kyber. However, the NIST standardization process might
     * introduce minor changes that could cause the final Kyber standard to differ from the Kyber Round 3 implementation
     * available in this preference list.
     */
    TlsCipherPreference[TlsCipherPreference["PQ_TLSv1_0_2021_05"] = 6] = "PQ_TLSv1_0_2021_05";
    /**
     * Recommended default policy with post-quantum algorithm support. This policy may change over time.
     */
    TlsCipherPreference[TlsCipherPreference["PQ_Default"] = 8] = "PQ_Default";
    /**
     * A TLS Cipher Preference ordering that supports TLS 1.2 through TLS 1.3, and does not include CBC cipher suites.
     * It is FIPS-complaint.
     */
    TlsCipherPreference[TlsCipherPreference["TLSv1_2_2025_07"] = 9] = "TLSv1_2_2025_07";
})(TlsCipherPreference = exports.TlsCipherPreference || (exports.TlsCipherPreference = {}));
/**
 * Returns true if the supplied TlsCipherPreference is supported on the current platform, false otherwise.
 *
 * @param tls_cipher_preference - cipher preference to check support for
 *
 * nodejs only.
 * @category TLS
 */
function tls_cipher_preference_is_supported(tls_cipher_preference) {
    return binding_1.default.io_tls_cipher_preference_is_supported(tls_cipher_preference);
}
exports.tls_cipher_preference_is_supported = tls_cipher_preference_is_supported;
/**
 * Options for creating a {@link ClientTlsContext} or {@link ServerTlsContext}.
 *
 * nodejs only.
 * @category TLS
 */
class TlsContextOptions {
    constructor() {
        /** Minimum version of TLS to support. Uses OS/system default if unspecified. */
        this.min_tls_version = io_1.TlsVersion.Default;
        /** List of ALPN protocols to be used on platforms which support ALPN */
        this.alpn_list = [];
        /**
         * In client mode, this turns off x.509 validation. Don't do this unless you are testing.
         * It is much better to just override the default trust store and pass the self-signed
         * certificate as the ca_file argument.
         *
         * In server mode (ServerTlsContext), this defaults to false. If you want to enforce mutual TLS on the server,
         * set this to true.
         */
        this.verify_peer = true;
        /**
         * Set to true to disable certificate revocation checking during TLS negotiation.
         *
         * On Windows (SChannel), this prevents the TLS handshake from making outbound network calls
         * to CRL/OCSP revocation endpoints, which can block for minutes when the endpoints are unreachable
         * (e.g., in private subnets without internet access).
         *
         * On Linux (s2n), this disables validation of OCSP stapled responses provided by the server.
         *
         * On Apple platforms, this is a no-op as revocation checking is not enabled by default.
         *
         * Default is false (revocation checking enabled where available).
         */
        this.no_certificate_revocation = false;
    }
    /**
     * Overrides the default system trust store.
     * @param ca_dirpath - Only used on Unix-style systems where all trust anchors are
     * stored in a directory (e.g. /etc/ssl/certs).
     * @param ca_filepath - Single file containing all trust CAs, in PEM format
     */
    override_default_trust_store_from_path(ca_dirpath, ca_filepath) {
        this.ca_dirpath = ca_dirpath;
        this.ca_filepath = ca_filepath;
    }
    /**
     * Overrides the default system trust store.
     * @param certificate_authority - String containing all trust CAs, in PEM format
     */
    override_default_trust_store(certificate_authority) {
        this.certificate_authority = certificate_authority;
    }
    /**
     * Create options configured for mutual TLS in client mode,
     * with client certificate and private key provided as in-memory strings.
     * @param certificate - Client certificate file contents, in PEM format
     * @param private_key - Client private key file contents, in PEM format
     *
     * @returns newly configured TlsContextOptions object
     */
    static create_client_with_mtls(certificate, private_key) {
        let opt = new TlsContextOptions();
        opt.certificate = certificate;
        opt.private_key = private_key;
        opt.verify_peer = true;
        opt.certificate_source = CertificateSource.CERTIFICATE_FILES;
        return opt;
    }
    /**
     * Create options configured for mutual TLS in client mode,
     * with client certificate and private key provided via filepath.
     * @param certificate_filepath - Path to client certificate, in PEM format
     * @param private_key_filepath - Path to private key, in PEM format
     *
     * @returns newly configured TlsContextOptions object
     */
    static create_client_with_mtls_from_path(certificate_filepath, private_key_filepath) {
        let opt = new TlsContextOptions();
        opt.certificate_filepath = certificate_filepath;
        opt.private_key_filepath = private_key_filepath;
        opt.verify_peer = true;
        opt.certificate_source = CertificateSource.CERTIFICATE_FILES;
        return opt;
    }
    /**
     * Create options for mutual TLS in client mode,
     * with client certificate and private key bundled in a single PKCS#12 file.
     * @param pkcs12_filepath - Path to PKCS#12 file containing client certificate and private key.
     * @param pkcs12_password - PKCS#12 password
     *
     * @returns newly configured TlsContextOptions object
    */
    static create_client_with_mtls_pkcs12_from_path(pkcs12_filepath, pkcs12_password) {
        let opt = new TlsContextOptions();
        opt.pkcs12_filepath = pkcs12_filepath;
        opt.pkcs12_password = pkcs12_password;
        opt.verify_peer = true;
        opt.certificate_source = CertificateSource.PKCS12_FILE;
        return opt;
    }
    /**
     * @deprecated Renamed [[create_client_with_mtls_pkcs12_from_path]]
     */
    static create_client_with_mtls_pkcs_from_path(pkcs12_filepath, pkcs12_password) {
        return this.create_client_with_mtls_pkcs12_from_path(pkcs12_filepath, pkcs12_password);
    }
    /**
     * Create options configured for mutual TLS in client mode,
     * using a PKCS#11 library for private key operations.
     *
     * NOTE: This configuration only works on Unix devices.
     *
     * @param options - PKCS#11 options
     *
     * @returns newly configured TlsContextOptions object
     */
    static create_client_with_mtls_pkcs11(options) {
        let opt = new TlsContextOptions();
        opt.pkcs11_options = options;
        opt.verify_peer = true;
        opt.certificate_source = CertificateSource.PKCS11;
        return opt;
    }
    /**
     * Create options configured for mutual TLS in client mode,
     * using a certificate in a Windows certificate store.
     *
     * NOTE: Windows only.
     *
     * @param certificate_path - Path to certificate in a Windows certificate store.
     *      The path must use backslashes and end with the certificate's thumbprint.
     *      Example: `CurrentUser\MY\A11F8A9B5DF5B98BA3508FBCA575D09570E0D2C6`
     */
    static create_client_with_mtls_windows_cert_store_path(certificate_path) {
        let opt = new TlsContextOptions();
        opt.windows_cert_store_path = certificate_path;
        opt.verify_peer = true;
        opt.certificate_source = CertificateSource.WINDOWS_CERT_STORE;
        return opt;
    }
    /**
     * Creates TLS context with peer verification disabled, along with a certificate and private key
     * @param certificate_filepath - Path to certificate, in PEM format
     * @param private_key_filepath - Path to private key, in PEM format
     *
     * @returns newly configured TlsContextOptions object
     */
    static create_server_with_mtls_from_path(certificate_filepath, private_key_filepath) {
        let opt = new TlsContextOptions();
        opt.certificate_filepath = certificate_filepath;
        opt.private_key_filepath = private_key_filepath;
        opt.verify_peer = false;
        return opt;
    }
    /**
     * Creates TLS context with peer verification disabled, along with a certificate and private key
     * in PKCS#12 format
     * @param pkcs12_filepath - Path to certificate, in PKCS#12 format
     * @param pkcs12_password - PKCS#12 Password
     *
     * @returns newly configured TlsContextOptions object
     */
    static create_server_with_mtls_pkcs_from_path(pkcs12_filepath, pkcs12_password) {
        let opt = new TlsContextOptions();
        opt.pkcs12_filepath = pkcs12_filepath;
        opt.pkcs12_password = pkcs12_password;
        opt.verify_peer = false;
        return opt;
    }
}
exports.TlsContextOptions = TlsContextOptions;
/**
 * Abstract base TLS context used for client/server TLS communications over sockets.
 *
 * @see ClientTlsContext
 * @see ServerTlsContext
 *
 * nodejs only.
 * @category TLS
 */
class TlsContext extends native_resource_1.NativeResource {
    constructor(ctx_opt) {
        if (ctx_opt == null || ctx_opt == undefined) {
            throw new error_1.CrtError("TlsContext constructor: ctx_opt not defined");
        }
        super(binding_1.default.io_tls_ctx_new(ctx_opt.min_tls_version, ctx_opt.ca_filepath, ctx_opt.ca_dirpath, ctx_opt.certificate_authority, (ctx_opt.alpn_list && ctx_opt.alpn_list.length > 0) ? ctx_opt.alpn_list.join(';') : undefined, ctx_opt.certificate_filepath, ctx_opt.certificate, ctx_opt.private_key_filepath, ctx_opt.private_key, ctx_opt.pkcs12_filepath, ctx_opt.pkcs12_password, ctx_opt.pkcs11_options, ctx_opt.windows_cert_store_path, ctx_opt.tls_cipher_preference, ctx_opt.verify_peer, ctx_opt.no_certificate_revocation));
        this.certificate_source = ctx_opt.certificate_source;
        this.tls_cipher_preference = ctx_opt.tls_cipher_preference;
        this.min_tls_version = ctx_opt.min_tls_version;
    }
}
exports.TlsContext = TlsContext;
/**
 * TLS context used for client TLS communications over sockets. If no
 * options are supplied, the context will default to enabling peer verification
 * only.
 *
 * nodejs only.
 * @category TLS
 */
class ClientTlsContext extends TlsContext {
    constructor(ctx_opt) {
        if (!ctx_opt) {
            ctx_opt = new TlsContextOptions();
            ctx_opt.verify_peer = true;
        }
        super(ctx_opt);
    }
}
exports.ClientTlsContext = ClientTlsContext;
/**
 * TLS context used for server TLS communications over sockets. If no
 * options are supplied, the context will default to disabling peer verification
 * only.
 *
 * nodejs only.
 * @category TLS
 */
class ServerTlsContext extends TlsContext {
    constructor(ctx_opt) {
        if (!ctx_opt) {
            ctx_opt = new TlsContextOptions();
            ctx_opt.verify_peer = false;
        }
        super(ctx_opt);
    }
}
exports.ServerTlsContext = ServerTlsContext;
/**
 * TLS options that are unique to a given connection using a shared TlsContext.
 *
 * nodejs only.
 * @category TLS
 */
class TlsConnectionOptions extends native_resource_1.NativeResource {
    constructor(tls_ctx, server_name, alpn_list = []) {
        if (tls_ctx == null || tls_ctx == undefined) {
            throw new error_1.CrtError("TlsConnectionOptions constructor: tls_ctx not defined");
        }
        super(binding_1.default.io_tls_connection_options_new(tls_ctx.native_handle(), server_name, (alpn_list && alpn_list.length > 0) ? alpn_list.join(';') : undefined));
        this.tls_ctx = tls_ctx;
        this.server_name = server_name;
        this.alpn_list = alpn_list;
    }
}
exports.TlsConnectionOptions = TlsConnectionOptions;
/**
 * Handle to a loaded PKCS#11 library.
 *
 * For most use cases, a single instance of Pkcs11Lib should be used
 * for the lifetime of your application.
 *
 * nodejs only.
 * @category TLS
 */
class Pkcs11Lib extends native_resource_1.NativeResource {
    /**
     * @param path - Path to PKCS#11 library.
     * @param behavior - Specifies how `C_Initialize()` and `C_Finalize()`
     *                   will be called on the PKCS#11 library.
     */
    constructor(path, behavior = Pkcs11Lib.InitializeFinalizeBehavior.DEFAULT) {
        super(binding_1.default.io_pkcs11_lib_new(path, behavior));
    }
    /**
     * Release the PKCS#11 library immediately, without waiting for the GC.
     */
    close() {
        binding_1.default.io_pkcs11_lib_close(this.native_handle());
    }
}
exports.Pkcs11Lib = Pkcs11Lib;
(function (Pkcs11Lib) {
    /**
     * Controls `C_Initialize()` and `C_Finalize()` are called on the PKCS#11 library.
     */
    let InitializeFinalizeBehavior;
    (function (InitializeFinalizeBehavior) {
        /**
         * Default behavior that accommodates most use cases.
         *
         * `C_Initialize()` is called on creation, and "already-initialized"
         * errors are ignored. `C_Finalize()` is never called, just in case
         * another part of your application is still using the PKCS#11 library.
         */
        InitializeFinalizeBehavior[InitializeFinalizeBehavior["DEFAULT"] = 0] = "DEFAULT";
        /**
         * Skip calling `C_Initialize()` and `C_Finalize()`.
         *
         * Use this if your application has already initialized the PKCS#11 library,
         * and you do not want `C_Initialize()` called again.
         */
        InitializeFinalizeBehavior[InitializeFinalizeBehavior["OMIT"] = 1] = "OMIT";
        /**
         * `C_Initialize()` is called on creation and `C_Finalize()` is called on cleanup.
         *
         * If `C_Initialize()` reports that's it's already initialized, this is
         * treated as an error. Use this if you need perfect cleanup (ex: running
         * valgrind with --leak-check).
         */
        InitializeFinalizeBehavior[InitializeFinalizeBehavior["STRICT"] = 2] = "STRICT";
    })(InitializeFinalizeBehavior = Pkcs11Lib.InitializeFinalizeBehavior || (Pkcs11Lib.InitializeFinalizeBehavior = {}));
})(Pkcs11Lib = exports.Pkcs11Lib || (exports.Pkcs11Lib = {}));
//# sourceMappingURL=io.js.map

/***/ }),

/***/ 21158:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/**
 * Module for AWS IoT MQTT client configuration and connection establishment.
 *
 * @packageDocumentation
 * @module iot
 * @mergeTarget
 */
__exportStar(__webpack_require__(65828), exports);
__exportStar(__webpack_require__(88982), exports);
//# sourceMappingURL=iot.js.map

/***/ }),

/***/ 9130:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MqttClientConnection = exports.MqttClient = exports.MqttWill = exports.QoS = exports.HttpProxyOptions = void 0;
/**
 *
 * A module containing support for mqtt connection establishment and operations.
 *
 * @packageDocumentation
 * @module mqtt
 * @mergeTarget
 */
const binding_1 = __importDefault(__webpack_require__(94739));
const native_resource_1 = __webpack_require__(37990);
const event_1 = __webpack_require__(78468);
const crt = __importStar(__webpack_require__(69986));
const error_1 = __webpack_require__(59440);
const io = __importStar(__webpack_require__(41528));
const aws_iot_metrics_1 = __webpack_require__(66270);
var http_1 = __webpack_require__(92960);
Object.defineProperty(exports, "HttpProxyOptions", ({ enumerable: true, get: function () { return http_1.HttpProxyOptions; } }));
const mqtt_1 = __webpack_require__(58064);
var mqtt_2 = __webpack_require__(58064);
Object.defineProperty(exports, "QoS", ({ enumerable: true, get: function () { return mqtt_2.QoS; } }));
Object.defineProperty(exports, "MqttWill", ({ enumerable: true, get: function () { return mqtt_2.MqttWill; } }));
/**
 * MQTT client
 *
 * @category MQTT
 */
class MqttClient extends native_resource_1.NativeResource {
    /**
     * @param bootstrap The {@link io.ClientBootstrap} to use for socket connections.  Leave undefined to use the
     *          default system-wide bootstrap (recommended).
     */
    constructor(bootstrap = undefined) {
        super(binding_1.default.mqtt_client_new(bootstrap != null ? bootstrap.native_handle() : null));
        this.bootstrap = bootstrap;
    }
    /**
     * Creates a new {@link MqttClientConnection}
     * @param config Configuration for the mqtt connection
     * @returns A new connection
     */
    new_connection(config) {
        return new MqttClientConnection(this, config);
    }
}
exports.MqttClient = MqttClient;
;
/**
 * MQTT client connection
 *
 * @category MQTT
 */
class MqttClientConnection extends (0, native_resource_1.NativeResourceMixin)(event_1.BufferedEventEmitter) {
    /**
     * @param client The client that owns this connection
     * @param config The configuration for this connection
     */
    constructor(client, config) {
        super();
        this.client = client;
        this.config = config;
        if (config == null || config == undefined) {
            throw new error_1.CrtError("MqttClientConnection constructor: config not defined");
        }
        // If there is a will, ensure that its payload is normalized to a DataView
        const will = config.will ?
            {
                topic: config.will.topic,
                qos: config.will.qos,
                payload: crt.normalize_payload(config.will.payload),
                retain: config.will.retain
            }
            : undefined;
        /** clamp reconnection time out values */
        var min_sec = mqtt_1.DEFAULT_RECONNECT_MIN_SEC;
        var max_sec = mqtt_1.DEFAULT_RECONNECT_MAX_SEC;
        if (config.reconnect_min_sec) {
            min_sec = config.reconnect_min_sec;
            // clamp max, in case they only passed in min
            max_sec = Math.max(min_sec, max_sec);
        }
        if (config.reconnect_max_sec) {
            max_sec = config.reconnect_max_sec;
            // clamp min, in case they only passed in max (or passed in min > max)
            min_sec = Math.min(min_sec, max_sec);
        }
        if (client == undefined || client == null) {
            throw new error_1.CrtError("MqttClientConnection constructor: client not defined");
        }
        if (config.socket_options == undefined || config.socket_options == null) {
            throw new error_1.CrtError("MqttClientConnection constructor: socket_options in configuration not defined");
        }
        this._super(binding_1.default.mqtt_client_connection_new(client.native_handle(), (error_code) => { this._on_connection_interrupted(error_code); }, (return_code, session_present) => { this._on_connection_resumed(return_code, session_present); }, (return_code, session_present) => { this._on_connection_success(return_code, session_present); }, (error_code) => { this._on_connection_failure(error_code); }, config.tls_ctx ? config.tls_ctx.native_handle() : null, will, config.username, config.password, config.use_websocket, config.proxy_options ? config.proxy_options.create_native_handle() : undefined, config.websocket_handshake_transform, min_sec, max_sec, config.disable_metrics == true ? undefined : (0, aws_iot_metrics_1.create_metrics_mqtt3)(config)));
        this.tls_ctx = config.tls_ctx;
        binding_1.default.mqtt_client_connection_on_message(this.native_handle(), this._on_any_publish.bind(this));
        binding_1.default.mqtt_client_connection_on_closed(this.native_handle(), this._on_connection_closed.bind(this));
        /*
         * Failed mqtt operations (which is normal) emit error events as well as rejecting the original promise.
         * By installing a default error handler here we help prevent common issues where operation failures bring
         * the whole program to an end because a handler wasn't installed.  Programs that install their own handler
         * will be unaffected.
         */
        this.on('error', (error) => { });
    }
    close() {
        binding_1.default.mqtt_client_connection_close(this.native_handle());
    }
    // Overridden to allow uncorking on ready
    on(event, listener) {
        super.on(event, listener);
        if (event == 'connect') {
            process.nextTick(() => {
                this.uncork();
            });
        }
        return this;
    }
    /**
     * Open the actual connection to the server (async).
     * @returns A Promise which completes whether the connection succeeds or fails.
     *          If connection fails, the Promise will reject with an exception.
     *          If connection succeeds, the Promise will return a boolean that is
     *          true for resuming an existing session, or false if the session is new
     */
    connect() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                reject = this._reject(reject);
                if (this.config.socket_options == null || this.config.socket_options == undefined) {
                    throw new error_1.CrtError("MqttClientConnection connect: socket_options in configuration not defined");
                }
                try {
                    binding_1.default.mqtt_client_connection_connect(this.native_handle(), this.config.client_id, this.config.host_name, this.config.port, this.config.socket_options.native_handle(), this.config.keep_alive, this.config.ping_timeout, this.config.protocol_operation_timeout, this.config.clean_session, this._on_connect_callback.bind(this, resolve, reject));
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     * The connection will automatically reconnect when disconnected, removing the need for this function.
     * To cease automatic reconnection attempts, call {@link disconnect}.
     * @deprecated
     */
    reconnect() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                reject = this._reject(reject);
                try {
                    binding_1.default.mqtt_client_connection_reconnect(this.native_handle(), this._on_connect_callback.bind(this, resolve, reject));
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     * Publish message (async).
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * @param topic Topic name
     * @param payload Contents of message
     * @param qos Quality of Service for delivering this message
     * @param retain If true, the server will store the message and its QoS so that it can be
     *               delivered to future subscribers whose subscriptions match the topic name
     * @returns Promise which returns a {@link MqttRequest} which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * For QoS 2, completes when PUBCOMP is received.
     */
    publish(topic, payload, qos, retain = false) {
        return __awaiter(this, void 0, void 0, function* () {
            // Skip payload since it can be several different types
            if (typeof (topic) !== 'string') {
                return Promise.reject("topic is not a string");
            }
            if (typeof (qos) !== 'number') {
                return Promise.reject("qos is not a number");
            }
            if (typeof (retain) !== 'boolean') {
                return Promise.reject("retain is not a boolean");
            }
            return new Promise((resolve, reject) => {
                reject = this._reject(reject);
                try {
                    binding_1.default.mqtt_client_connection_publish(this.native_handle(), topic, crt.normalize_payload(payload), qos, retain, this._on_puback_callback.bind(this, resolve, reject));
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     * Subscribe to a topic filter (async).
     * The client sends a SUBSCRIBE packet and the server responds with a SUBACK.
     *
     * subscribe() may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `callback` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * @param topic Subscribe to this topic filter, which may include wildcards
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param on_message Optional callback invoked when message received.
     * @returns Promise which returns a {@link MqttSubscribeRequest} which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     */
    subscribe(topic, qos, on_message) {
        return __awaiter(this, void 0, void 0, function* () {
            if (typeof (topic) !== 'string') {
                return Promise.reject("topic is not a string");
            }
            if (typeof (qos) !== 'number') {
                return Promise.reject("qos is not a number");
            }
            return new Promise((resolve, reject) => {
                reject = this._reject(reject);
                try {
                    binding_1.default.mqtt_client_connection_subscribe(this.native_handle(), topic, qos, on_message, this._on_suback_callback.bind(this, resolve, reject));
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     * Unsubscribe from a topic filter (async).
     * The client sends an UNSUBSCRIBE packet, and the server responds with an UNSUBACK.
     * @param topic The topic filter to unsubscribe from. May contain wildcards.
     * @returns Promise wihch returns a {@link MqttRequest} which will contain the packet id
     *          of the UNSUBSCRIBE packet being acknowledged. Promise is resolved when an
     *          UNSUBACK is received from the server or is rejected when an exception occurs.
     */
    unsubscribe(topic) {
        return __awaiter(this, void 0, void 0, function* () {
            if (typeof (topic) !== 'string') {
                return Promise.reject("topic is not a string");
            }
            return new Promise((resolve, reject) => {
                reject = this._reject(reject);
                try {
                    binding_1.default.mqtt_client_connection_unsubscribe(this.native_handle(), topic, this._on_unsuback_callback.bind(this, resolve, reject));
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     * Close the connection (async).
     *
     * Will free all native resources, rendering the connection unusable after the disconnect() call.
     *
     * @returns Promise which completes when the connection is closed.
    */
    disconnect() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                reject = this._reject(reject);
                try {
                    binding_1.default.mqtt_client_connection_disconnect(this.native_handle(), this._on_disconnect_callback.bind(this, resolve));
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     * Queries a small set of numerical statistics about the current state of the connection's operation queue
     *
     * @group Node-only
     */
    getOperationalStatistics() {
        return binding_1.default.mqtt_client_connection_get_queue_statistics(this.native_handle());
    }
    /**
     * Queries a small set of numerical statistics about the current state of the connection's operation queue
     * @deprecated use getOperationalStatistics instead
     *
     * @group Node-only
     */
    getQueueStatistics() {
        return this.getOperationalStatistics();
    }
    // Wrap a promise rejection with a function that will also emit the error as an event
    _reject(reject) {
        return (reason) => {
            reject(reason);
            process.nextTick(() => {
                this.emit('error', new error_1.CrtError(reason));
            });
        };
    }
    _on_connection_failure(error_code) {
        let failureCallbackData = { error: new error_1.CrtError(error_code) };
        this.emit('connection_failure', failureCallbackData);
    }
    _on_connection_success(return_code, session_present) {
        let successCallbackData = { session_present: session_present, reason_code: return_code };
        this.emit('connection_success', successCallbackData);
    }
    _on_connection_interrupted(error_code) {
        this.emit('interrupt', new error_1.CrtError(error_code));
    }
    _on_connection_resumed(return_code, session_present) {
        this.emit('resume', return_code, session_present);
    }
    _on_any_publish(topic, payload, dup, qos, retain) {
        this.emit('message', topic, payload, dup, qos, retain);
    }
    _on_connection_closed() {
        let closedCallbackData = {};
        this.emit('closed', closedCallbackData);
        /**
         * We call close() here instead of on disconnect because on_close is always called AFTER disconnect
         * but if we call close() before, then we cannot emit the closed callback.
         */
        this.close();
    }
    _on_connect_callback(resolve, reject, error_code, return_code, session_present) {
        if (error_code == 0 && return_code == 0) {
            resolve(session_present);
            this.emit('connect', session_present);
        }
        else if (error_code != 0) {
            reject("Failed to connect: " + io.error_code_to_string(error_code));
        }
        else {
            reject("Server rejected connection.");
        }
    }
    _on_puback_callback(resolve, reject, packet_id, error_code) {
        if (error_code == 0) {
            resolve({ packet_id });
        }
        else {
            reject("Failed to publish: " + io.error_code_to_string(error_code));
        }
    }
    _on_suback_callback(resolve, reject, packet_id, topic, qos, error_code) {
        if (error_code == 0) {
            resolve({ packet_id, topic, qos, error_code });
        }
        else {
            reject("Failed to subscribe: " + io.error_code_to_string(error_code));
        }
    }
    _on_unsuback_callback(resolve, reject, packet_id, error_code) {
        if (error_code == 0) {
            resolve({ packet_id });
        }
        else {
            reject("Failed to unsubscribe: " + io.error_code_to_string(error_code));
        }
    }
    _on_disconnect_callback(resolve) {
        resolve();
        this.emit('disconnect');
        /** NOTE: We are NOT calling close() here but instead calling it at
         * on_closed because it is always called after disconnect */
    }
}
exports.MqttClientConnection = MqttClientConnection;
/**
 * Emitted when the connection successfully establishes itself for the first time
 *
 * @event
 */
MqttClientConnection.CONNECT = 'connect';
/**
 * Emitted when connection has disconnected successfully.
 *
 * @event
 */
MqttClientConnection.DISCONNECT = 'disconnect';
/**
 * Emitted when an error occurs.  The error will contain the error
 * code and message.
 *
 * @event
 */
MqttClientConnection.ERROR = 'error';
/**
 * Emitted when the connection is dropped unexpectedly. The error will contain the error
 * code and message.  The underlying mqtt implementation will attempt to reconnect.
 *
 * @event
 */
MqttClientConnection.INTERRUPT = 'interrupt';
/**
 * Emitted when the connection reconnects (after an interrupt). Only triggers on connections after the initial one.
 *
 * @event
 */
MqttClientConnection.RESUME = 'resume';
/**
 * Emitted when any MQTT publish message arrives.
 *
 * @event
 */
MqttClientConnection.MESSAGE = 'message';
/**
 * Emitted on every successful connect and reconnect.
 * Will contain a number with the connection reason code and
 * a boolean indicating whether the connection resumed a session.
 *
 * @event
 */
MqttClientConnection.CONNECTION_SUCCESS = 'connection_success';
/**
 * Emitted on an unsuccessful connect and reconnect.
 * Will contain an error code indicating the reason for the unsuccessful connection.
 *
 * @event
 */
MqttClientConnection.CONNECTION_FAILURE = 'connection_failure';
/**
 * Emitted when the MQTT connection was disconnected and shutdown successfully.
 *
 * @event
 */
MqttClientConnection.CLOSED = 'closed';
//# sourceMappingURL=mqtt.js.map

/***/ }),

/***/ 15795:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Mqtt5Client = exports.ClientExtendedValidationAndFlowControl = exports.HttpProxyOptions = void 0;
/**
 * Node.js specific MQTT5 client implementation
 *
 * @packageDocumentation
 * @module mqtt5
 * @mergeTarget
 *
 */
const binding_1 = __importDefault(__webpack_require__(94739));
const native_resource_1 = __webpack_require__(37990);
const event_1 = __webpack_require__(78468);
const io = __importStar(__webpack_require__(41528));
const mqtt_shared = __importStar(__webpack_require__(69986));
const error_1 = __webpack_require__(59440);
const aws_iot_metrics_1 = __webpack_require__(66270);
var http_1 = __webpack_require__(92960);
Object.defineProperty(exports, "HttpProxyOptions", ({ enumerable: true, get: function () { return http_1.HttpProxyOptions; } }));
__exportStar(__webpack_require__(29485), exports);
__exportStar(__webpack_require__(9008), exports);
;
/**
 * Additional controls for client behavior with respect to operation validation and flow control; these checks
 * go beyond the MQTT5 spec to respect limits of specific MQTT brokers.
 */
var ClientExtendedValidationAndFlowControl;
(function (ClientExtendedValidationAndFlowControl) {
    /**
     * Do not do any additional validation or flow control
     */
    ClientExtendedValidationAndFlowControl[ClientExtendedValidationAndFlowControl["None"] = 0] = "None";
    /**
     * Apply additional client-side validation and operational flow control that respects the
     * default AWS IoT Core limits.
     *
     * Currently applies the following additional validation:
     *
     * 1. No more than 8 subscriptions per SUBSCRIBE packet
     * 1. Topics and topic filters have a maximum of 7 slashes (8 segments), not counting any AWS rules prefix
     * 1. Topics must be <= 256 bytes in length
     * 1. Client id must be <= 128 bytes in length
     *
     * Also applies the following flow control:
     *
     * 1. Outbound throughput throttled to 512KB/s
     * 1. Outbound publish TPS throttled to 100
     */
    ClientExtendedValidationAndFlowControl[ClientExtendedValidationAndFlowControl["AwsIotCoreDefaults"] = 1] = "AwsIotCoreDefaults";
})(ClientExtendedValidationAndFlowControl = exports.ClientExtendedValidationAndFlowControl || (exports.ClientExtendedValidationAndFlowControl = {}));
/**
 * Node.js specific MQTT5 client implementation
 *
 * Not all parts of the MQTT5 spec are supported. We currently do not support:
 *
 * * AUTH packets and the authentication fields in the CONNECT packet
 * * QoS 2
 *
 * This client is based on native resources.  When finished with the client, you must call close() to dispose of
 * them or they will leak.
 *
 */
class Mqtt5Client extends (0, native_resource_1.NativeResourceMixin)(event_1.BufferedEventEmitter) {
    /**
     * Client constructor
     *
     * @param config The configuration for this client
     */
    constructor(config) {
        super();
        this._super(binding_1.default.mqtt5_client_new(this, config, (client) => { Mqtt5Client._s_on_stopped(client); }, (client) => { Mqtt5Client._s_on_attempting_connect(client); }, (client, connack, settings) => { Mqtt5Client._s_on_connection_success(client, connack, settings); }, (client, errorCode, connack) => { Mqtt5Client._s_on_connection_failure(client, new error_1.CrtError(errorCode), connack); }, (client, errorCode, disconnect) => { Mqtt5Client._s_on_disconnection(client, new error_1.CrtError(errorCode), disconnect); }, (client, message, pubackControlId) => { Mqtt5Client._s_on_message_received(client, message, pubackControlId); }, config.clientBootstrap ? config.clientBootstrap.native_handle() : null, config.socketOptions ? config.socketOptions.native_handle() : null, config.tlsCtx ? config.tlsCtx.native_handle() : null, config.httpProxyOptions ? config.httpProxyOptions.create_native_handle() : null, config.disableMetrics == true ? undefined : (0, aws_iot_metrics_1.create_metrics_mqtt5)(config)));
    }
    /**
     * Triggers cleanup of native resources associated with the MQTT5 client.  Once this has been invoked, callbacks
     * and events are not guaranteed to be received.
     *
     * This must be called when finished with a client; otherwise, native resources will leak.  It is not safe
     * to invoke any further operations on the client after close() has been called.
     *
     * For a running client, safe and proper shutdown can be accomplished by
     *
     * ```ts
     * const stopped = once(client, "stopped");
     * client.stop();
     * await stopped;
     * client.close();
     * ```
     *
     * This is an asynchronous operation.
     *
     * @group Node-only
     */
    close() {
        binding_1.default.mqtt5_client_close(this.native_handle());
    }
    /**
     * Notifies the MQTT5 client that you want it to maintain connectivity to the configured endpoint.
     * The client will attempt to stay connected using the properties of the reconnect-related parameters
     * in the mqtt5 client configuration.
     *
     * This is an asynchronous operation.
     */
    start() {
        binding_1.default.mqtt5_client_start(this.native_handle());
    }
    /**
     * Notifies the MQTT5 client that you want it to end connectivity to the configured endpoint, disconnecting any
     * existing connection and halting reconnection attempts.
     *
     * This is an asynchronous operation.  Once the process completes, no further events will be emitted until the client
     * has {@link start} invoked.  Invoking {@link start start()} after a {@link stop stop()} will always result in a
     * new MQTT session.
     *
     * @param disconnectPacket (optional) properties of a DISCONNECT packet to send as part of the shutdown process
     */
    stop(disconnectPacket) {
        binding_1.default.mqtt5_client_stop(this.native_handle(), disconnectPacket);
    }
    /**
     * Subscribe to one or more topic filters by queuing a SUBSCRIBE packet to be sent to the server.
     *
     * @param packet SUBSCRIBE packet to send to the server
     * @returns a promise that will be rejected with an error or resolved with the SUBACK response
     */
    subscribe(packet) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function curriedPromiseCallback(client, errorCode, suback) {
                    return Mqtt5Client._s_on_suback_callback(resolve, reject, client, errorCode, suback);
                }
                try {
                    binding_1.default.mqtt5_client_subscribe(this.native_handle(), packet, curriedPromiseCallback);
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     * Unsubscribe from one or more topic filters by queuing an UNSUBSCRIBE packet to be sent to the server.
     *
     * @param packet UNSUBSCRIBE packet to send to the server
     * @returns a promise that will be rejected with an error or resolved with the UNSUBACK response
     */
    unsubscribe(packet) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function curriedPromiseCallback(client, errorCode, unsuback) {
                    return Mqtt5Client._s_on_unsuback_callback(resolve, reject, client, errorCode, unsuback);
                }
                try {
                    binding_1.default.mqtt5_client_unsubscribe(this.native_handle(), packet, curriedPromiseCallback);
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     * Send a message to subscribing clients by queuing a PUBLISH packet to be sent to the server.
     *
     * @param packet PUBLISH packet to send to the server
     * @returns a promise that will be rejected with an error or resolved with the PUBACK response (QoS 1) or
     * undefined (QoS 0)
     */
    publish(packet) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                if (packet && packet.payload) {
                    packet.payload = mqtt_shared.normalize_payload(packet.payload);
                }
                function curriedPromiseCallback(client, errorCode, result) {
                    return Mqtt5Client._s_on_puback_callback(resolve, reject, client, errorCode, result);
                }
                try {
                    binding_1.default.mqtt5_client_publish(this.native_handle(), packet, curriedPromiseCallback);
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     * Queries a small set of numerical statistics about the current state of the client's operation queue
     *
     * @group Node-only
     */
    getOperationalStatistics() {
        return binding_1.default.mqtt5_client_get_queue_statistics(this.native_handle());
    }
    /**
     * Queries a small set of numerical statistics about the current state of the client's operation queue
     * @deprecated use getOperationalStatistics instead
     *
     * @group Node-only
     */
    getQueueStatistics() {
        return this.getOperationalStatistics();
    }
    on(event, listener) {
        super.on(event, listener);
        return this;
    }
    /*
     * Private helper functions
     *
     * Callbacks come through static functions so that the native threadsafe function objects do not
     * capture the client object itself, simplifying the number of strong references to the client floating around.
     */
    static _s_on_stopped(client) {
        process.nextTick(() => {
            let stoppedEvent = {};
            client.emit(Mqtt5Client.STOPPED, stoppedEvent);
        });
    }
    static _s_on_attempting_connect(client) {
        process.nextTick(() => {
            let attemptingConnectEvent = {};
            client.emit(Mqtt5Client.ATTEMPTING_CONNECT, attemptingConnectEvent);
        });
    }
    static _s_on_connection_success(client, connack, settings) {
        let connectionSuccessEvent = {
            connack: connack,
            settings: settings
        };
        process.nextTick(() => {
            client.emit(Mqtt5Client.CONNECTION_SUCCESS, connectionSuccessEvent);
        });
    }
    static _s_on_connection_failure(client, error, connack) {
        let connectionFailureEvent = {
            error: error
        };
        if (connack !== null && connack !== undefined) {
            connectionFailureEvent.connack = connack;
        }
        process.nextTick(() => {
            client.emit(Mqtt5Client.CONNECTION_FAILURE, connectionFailureEvent);
        });
    }
    static _s_on_disconnection(client, error, disconnect) {
        let disconnectionEvent = {
            error: error
        };
        if (disconnect !== null && disconnect !== undefined) {
            disconnectionEvent.disconnect = disconnect;
        }
        process.nextTick(() => {
            client.emit(Mqtt5Client.DISCONNECTION, disconnectionEvent);
        });
    }
    static _s_on_suback_callback(resolve, reject, client, errorCode, suback) {
        if (errorCode == 0 && suback !== undefined) {
            resolve(suback);
        }
        else {
            reject(io.error_code_to_string(errorCode));
        }
    }
    static _s_on_unsuback_callback(resolve, reject, client, errorCode, unsuback) {
        if (errorCode == 0 && unsuback !== undefined) {
            resolve(unsuback);
        }
        else {
            reject(io.error_code_to_string(errorCode));
        }
    }
    static _s_on_puback_callback(resolve, reject, client, errorCode, result) {
        if (errorCode == 0) {
            resolve(result);
        }
        else {
            reject(io.error_code_to_string(errorCode));
        }
    }
    static _s_on_message_received(client, message, pubackControlId) {
        let acknowledgementControl = undefined;
        if (pubackControlId !== undefined) {
            const controlId = pubackControlId;
            acknowledgementControl = new mqtt_shared.PublishAcknowledgementHandleWrapper(new mqtt_shared.PublishAcknowledgementHandle(() => {
                binding_1.default.mqtt5_client_invoke_publish_acknowledgement(client.native_handle(), controlId);
            }));
        }
        let messageReceivedEvent = {
            message: message
        };
        if (acknowledgementControl) {
            messageReceivedEvent.acknowledgementControl = acknowledgementControl;
        }
        process.nextTick(() => {
            client.emitWithCallback(Mqtt5Client.MESSAGE_RECEIVED, () => {
                /*
                 * Even if corked, all listeners have had a chance to react to the event
                 * and acquire the acknowledgement handle if they wanted to.  If no one did so, then we do it ourselves.
                 */
                if (acknowledgementControl) {
                    const handle = acknowledgementControl.acquireHandle();
                    if (handle) {
                        handle.invokeAcknowledgement();
                    }
                }
            }, messageReceivedEvent);
        });
    }
}
exports.Mqtt5Client = Mqtt5Client;
/**
 * Event emitted when the client encounters a serious error condition, such as invalid input, napi failures, and
 * other potentially unrecoverable situations.
 *
 * Listener type: {@link ErrorEventListener}
 *
 * @event
 */
Mqtt5Client.ERROR = 'error';
/**
 * Event emitted when an MQTT PUBLISH packet is received by the client.
 *
 * Listener type: {@link MessageReceivedEventListener}
 *
 * @event
 */
Mqtt5Client.MESSAGE_RECEIVED = 'messageReceived';
/**
 * Event emitted when the client begins a connection attempt.
 *
 * Listener type: {@link AttemptingConnectEventListener}
 *
 * @event
 */
Mqtt5Client.ATTEMPTING_CONNECT = 'attemptingConnect';
/**
 * Event emitted when the client successfully establishes an MQTT connection.  Only emitted after
 * an {@link ATTEMPTING_CONNECT attemptingConnect} event.
 *
 * Listener type: {@link ConnectionSuccessEventListener}
 *
 * @event
 */
Mqtt5Client.CONNECTION_SUCCESS = 'connectionSuccess';
/**
 * Event emitted when the client fails to establish an MQTT connection.  Only emitted after
 * an {@link ATTEMPTING_CONNECT attemptingConnect} event.
 *
 * Listener type: {@link ConnectionFailureEventListener}
 *
 * @event
 */
Mqtt5Client.CONNECTION_FAILURE = 'connectionFailure';
/**
 * Event emitted when the client's current connection is closed for any reason.  Only emitted after
 * a {@link CONNECTION_SUCCESS connectionSuccess} event.
 *
 * Listener type: {@link DisconnectionEventListener}
 *
 * @event
 */
Mqtt5Client.DISCONNECTION = 'disconnection';
/**
 * Event emitted when the client finishes shutdown as a result of the user invoking {@link stop}.
 *
 * Listener type: {@link StoppedEventListener}
 *
 * @event
 */
Mqtt5Client.STOPPED = 'stopped';
//# sourceMappingURL=mqtt5.js.map

/***/ }),

/***/ 51580:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RequestResponseClient = exports.StreamingOperationBase = void 0;
/**
 *
 * @packageDocumentation
 * @module mqtt_request_response
 * @mergeTarget
 *
 */
const error_1 = __webpack_require__(59440);
const mqtt_request_response_internal = __importStar(__webpack_require__(32228));
const native_resource_1 = __webpack_require__(37990);
const event_1 = __webpack_require__(78468);
const binding_1 = __importDefault(__webpack_require__(94739));
const io_1 = __webpack_require__(41528);
__exportStar(__webpack_require__(6834), exports);
/**
 * An AWS MQTT service streaming operation.  A streaming operation listens to messages on
 * a particular topic, deserializes them using a service model, and emits the modeled data as Javascript events.
 */
class StreamingOperationBase extends (0, native_resource_1.NativeResourceMixin)(event_1.BufferedEventEmitter) {
    static new(options, client) {
        if (!options) {
            throw new error_1.CrtError("invalid configuration for streaming operation");
        }
        let operation = new StreamingOperationBase(client);
        operation._super(binding_1.default.mqtt_streaming_operation_new(operation, client.native_handle(), options, (streamingOperation, type, error_code) => {
            StreamingOperationBase._s_on_subscription_status_update(operation, type, error_code);
        }, (streamingOperation, publishEvent) => {
            StreamingOperationBase._s_on_incoming_publish(operation, publishEvent);
        }));
        client.registerUnclosedStreamingOperation(operation);
        return operation;
    }
    constructor(client) {
        super();
        this.state = mqtt_request_response_internal.StreamingOperationState.None;
        this.client = client;
    }
    /**
     * Triggers the streaming operation to start listening to the configured stream of events.  Has no effect on an
     * already-open operation.  It is an error to attempt to re-open a closed streaming operation.
     */
    open() {
        if (this.state == mqtt_request_response_internal.StreamingOperationState.None) {
            this.state = mqtt_request_response_internal.StreamingOperationState.Open;
            binding_1.default.mqtt_streaming_operation_open(this.native_handle());
        }
        else if (this.state == mqtt_request_response_internal.StreamingOperationState.Closed) {
            throw new error_1.CrtError("MQTT streaming operation already closed");
        }
    }
    /**
     * Stops a streaming operation from listening to the configured stream of events and releases all native
     * resources associated with the stream.
     */
    close() {
        if (this.state != mqtt_request_response_internal.StreamingOperationState.Closed) {
            this.client.unregisterUnclosedStreamingOperation(this);
            this.state = mqtt_request_response_internal.StreamingOperationState.Closed;
            binding_1.default.mqtt_streaming_operation_close(this.native_handle());
        }
    }
    on(event, listener) {
        super.on(event, listener);
        return this;
    }
    static _s_on_subscription_status_update(streamingOperation, type, error_code) {
        let statusEvent = {
            type: type
        };
        if (error_code != 0) {
            statusEvent.error = new error_1.CrtError(error_code);
        }
        process.nextTick(() => {
            streamingOperation.emit(StreamingOperationBase.SUBSCRIPTION_STATUS, statusEvent);
        });
    }
    static _s_on_incoming_publish(streamingOperation, publishEvent) {
        process.nextTick(() => {
            streamingOperation.emit(StreamingOperationBase.INCOMING_PUBLISH, publishEvent);
        });
    }
}
exports.StreamingOperationBase = StreamingOperationBase;
/**
 * Event emitted when the stream's subscription status changes.
 *
 * Listener type: {@link SubscriptionStatusListener}
 *
 * @event
 */
StreamingOperationBase.SUBSCRIPTION_STATUS = 'subscriptionStatus';
/**
 * Event emitted when a stream message is received
 *
 * Listener type: {@link IncomingPublishListener}
 *
 * @event
 */
StreamingOperationBase.INCOMING_PUBLISH = 'incomingPublish';
/**
 * Native implementation of an MQTT-based request-response client tuned for AWS MQTT services.
 *
 * Supports streaming operations (listen to a stream of modeled events from an MQTT topic) and request-response
 * operations (performs the subscribes, publish, and incoming publish correlation and error checking needed to
 * perform simple request-response operations over MQTT).
 */
class RequestResponseClient extends (0, native_resource_1.NativeResourceMixin)(event_1.BufferedEventEmitter) {
    constructor() {
        super();
        this.state = mqtt_request_response_internal.RequestResponseClientState.Ready;
        this.unclosedOperations = new Set();
    }
    /**
     * Creates a new MQTT service request-response client that uses an MQTT5 client as the protocol implementation.
     *
     * @param protocolClient protocol client to use for all operations
     * @param options configuration options for the desired request-response client
     */
    static newFromMqtt5(protocolClient, options) {
        if (!protocolClient) {
            throw new error_1.CrtError("protocol client is null");
        }
        let client = new RequestResponseClient();
        client._super(binding_1.default.mqtt_request_response_client_new_from_5(client, protocolClient.native_handle(), options));
        return client;
    }
    /**
     * Creates a new MQTT service request-response client that uses an MQTT311 client as the protocol implementation.
     *
     * @param protocolClient protocol client to use for all operations
     * @param options configuration options for the desired request-response client
     */
    static newFromMqtt311(protocolClient, options) {
        if (!protocolClient) {
            throw new error_1.CrtError("protocol client is null");
        }
        let client = new RequestResponseClient();
        client._super(binding_1.default.mqtt_request_response_client_new_from_311(client, protocolClient.native_handle(), options));
        return client;
    }
    /**
     * Triggers cleanup of native resources associated with the request-response client.  Closing a client will fail
     * all incomplete requests and close all outstanding streaming operations.
     *
     * This must be called when finished with a client; otherwise, native resources will leak.
     */
    close() {
        if (this.state != mqtt_request_response_internal.RequestResponseClientState.Closed) {
            this.state = mqtt_request_response_internal.RequestResponseClientState.Closed;
            this.closeStreamingOperations();
            binding_1.default.mqtt_request_response_client_close(this.native_handle());
        }
    }
    /**
     * Creates a new streaming operation from a set of configuration options.  A streaming operation provides a
     * mechanism for listening to a specific event stream from an AWS MQTT-based service.
     *
     * @param streamOptions configuration options for the streaming operation
     */
    createStream(streamOptions) {
        if (this.state == mqtt_request_response_internal.RequestResponseClientState.Closed) {
            throw new error_1.CrtError("MQTT request-response client has already been closed");
        }
        return StreamingOperationBase.new(streamOptions, this);
    }
    /**
     * Submits a request to the request-response client.
     *
     * @param requestOptions description of the request to perform
     *
     * Returns a promise that resolves to a response to the request or an error describing how the request attempt
     * failed.
     *
     * A "successful" request-response execution flow is defined as "the service sent a response payload that
     * correlates with the request payload."  Upon deserialization (which is the responsibility of the service model
     * client, one layer up), such a payload may actually indicate a failure.
     */
    submitRequest(requestOptions) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                if (this.state == mqtt_request_response_internal.RequestResponseClientState.Closed) {
                    reject(new error_1.CrtError("MQTT request-response client has already been closed"));
                    return;
                }
                if (!requestOptions) {
                    reject(new error_1.CrtError("null request options"));
                    return;
                }
                function curriedPromiseCallback(errorCode, topic, response) {
                    return RequestResponseClient._s_on_request_completion(resolve, reject, errorCode, topic, response);
                }
                try {
                    binding_1.default.mqtt_request_response_client_submit_request(this.native_handle(), requestOptions, curriedPromiseCallback);
                }
                catch (e) {
                    reject(e);
                }
            });
        });
    }
    /**
     *
     * Adds a streaming operation to the set of operations that will be closed automatically when the
     * client is closed.
     *
     * @internal
     *
     * @param operation streaming operation to add
     */
    registerUnclosedStreamingOperation(operation) {
        if (this.unclosedOperations) {
            this.unclosedOperations.add(operation);
        }
    }
    /**
     *
     * Removes a streaming operation from the set of operations that will be closed automatically when the
     * client is closed.
     *
     * @internal
     *
     * @param operation streaming operation to remove
     */
    unregisterUnclosedStreamingOperation(operation) {
        if (this.unclosedOperations) {
            this.unclosedOperations.delete(operation);
        }
    }
    closeStreamingOperations() {
        if (this.unclosedOperations) {
            // swap out the set so that calls to unregisterUnclosedStreamingOperation do not mess with things mid-iteration
            let unclosedOperations = this.unclosedOperations;
            this.unclosedOperations = undefined;
            for (const operation of unclosedOperations) {
                operation.close();
            }
        }
    }
    static _s_on_request_completion(resolve, reject, errorCode, topic, payload) {
        if (errorCode == 0 && topic !== undefined && payload !== undefined) {
            let response = {
                payload: payload,
                topic: topic,
            };
            resolve(response);
        }
        else {
            reject(new error_1.CrtError((0, io_1.error_code_to_string)(errorCode)));
        }
    }
}
exports.RequestResponseClient = RequestResponseClient;
//# sourceMappingURL=mqtt_request_response.js.map

/***/ }),

/***/ 37990:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NativeResourceMixin = exports.NativeResource = void 0;
/**
 * Represents an object allocated natively inside the AWS CRT.
 * @internal
 */
class NativeResource {
    constructor(handle) {
        this.handle = handle;
    }
    /** @internal */
    native_handle() {
        return this.handle;
    }
}
exports.NativeResource = NativeResource;
/**
 * Represents an object allocated natively inside the AWS CRT which also
 * needs a node/TS base class
 * @internal
 */
function NativeResourceMixin(Base) {
    /** @internal */
    return class extends Base {
        /** @internal */
        constructor(...args) {
            const handle = args.shift();
            super(...args);
            this._handle = handle;
        }
        /** @internal */
        _super(handle) {
            this._handle = handle;
        }
        /** @internal */
        native_handle() {
            return this._handle;
        }
    };
}
exports.NativeResourceMixin = NativeResourceMixin;
//# sourceMappingURL=native_resource.js.map

/***/ }),

/***/ 46964:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRpcError = exports.StreamingOperation = exports.RequestResponseOperation = exports.RpcClient = exports.validateRpcClientConfig = exports.RpcError = exports.RpcErrorType = void 0;
/**
 * @packageDocumentation
 * @module eventstream_rpc
 */
const aws_crt_1 = __webpack_require__(228);
const events_1 = __webpack_require__(24434);
const util_utf8_browser_1 = __webpack_require__(50968);
/**
 * Indicates the general category of an error thrown by the eventstream RPC implementation
 */
var RpcErrorType;
(function (RpcErrorType) {
    /**
     * An error occurred while serializing a client model into a message in the eventstream protocol.
     */
    RpcErrorType[RpcErrorType["SerializationError"] = 0] = "SerializationError";
    /**
     * An error occurred while deserializing a message from the eventstream protocol into the client model.
     */
    RpcErrorType[RpcErrorType["DeserializationError"] = 1] = "DeserializationError";
    /**
     * An error occurred during the connect-connack handshake between client and server.  Usually this means
     * the connect was not accepted by the server and thus hints at an authentication problem.
     */
    RpcErrorType[RpcErrorType["HandshakeError"] = 2] = "HandshakeError";
    /**
     * An error that isn't classifiable as one of the other RpcErrorType values.
     */
    RpcErrorType[RpcErrorType["InternalError"] = 3] = "InternalError";
    /**
     * An error occurred due to an attempt to invoke an API while the target operation or client is not in the
     * right state to perform the API.
     */
    RpcErrorType[RpcErrorType["ClientStateError"] = 4] = "ClientStateError";
    /**
     * An error occurred ostensibly due to an underlying networking failure.
     */
    RpcErrorType[RpcErrorType["NetworkError"] = 5] = "NetworkError";
    /**
     * An error occurred where the underlying transport was shut down unexpectedly.
     */
    RpcErrorType[RpcErrorType["InterruptionError"] = 6] = "InterruptionError";
    /**
     * Invalid data was passed into the RPC client.
     */
    RpcErrorType[RpcErrorType["ValidationError"] = 7] = "ValidationError";
    /**
     * A formally-modeled error sent from server to client
     */
    RpcErrorType[RpcErrorType["ServiceError"] = 8] = "ServiceError";
})(RpcErrorType = exports.RpcErrorType || (exports.RpcErrorType = {}));
;
/**
 * Wrapper type for all exceptions thrown by rpc clients and operations.  This includes rejected promises.
 *
 * The intention is for this data model to help users make better decisions in the presence of errors.  Not all errors
 * are fatal/terminal, but JS doesn't really give a natural way to classify or conditionally react to general errors.
 */
class RpcError extends Error {
    /** @internal */
    constructor(model) {
        super(model.description);
        this.type = model.type;
        this.description = model.description;
        if (model.internalError) {
            this.internalError = model.internalError;
        }
        if (model.serviceError) {
            this.serviceError = model.serviceError;
        }
    }
}
exports.RpcError = RpcError;
/**
 * Checks an RPC Client configuration structure and throws an exception if there is a problem with one of the
 * required properties.  Does explicit type checks in spite of typescript to validate even when used from a
 * pure Javascript project.
 *
 * @param config RPC client configuration to validate
 */
function validateRpcClientConfig(config) {
    if (!config) {
        throw createRpcError(RpcErrorType.ValidationError, "Eventstream RPC client configuration is undefined");
    }
    if (!config.hostName) {
        throw createRpcError(RpcErrorType.ValidationError, "Eventstream RPC client configuration must have a valid host name");
    }
    if (typeof config.hostName !== 'string') {
        throw createRpcError(RpcErrorType.ValidationError, "Eventstream RPC client configuration host name must be a string");
    }
    if (config.port === undefined || config.port === null) {
        throw createRpcError(RpcErrorType.ValidationError, "Eventstream RPC client configuration must have a valid port");
    }
    if (typeof config.port !== 'number' || !Number.isSafeInteger(config.port) || config.port < 0 || config.port > 65535) {
        throw createRpcError(RpcErrorType.ValidationError, "Eventstream RPC client configuration host name must be 16-bit integer");
    }
}
exports.validateRpcClientConfig = validateRpcClientConfig;
/**
 * @internal a rough mirror of the internal connection state, but ultimately must be independent due to the more
 * complex connection establishment process (connect/connack).  Used to prevent API invocations when the client
 * is not in the proper state to attempt them.
 */
var ClientState;
(function (ClientState) {
    ClientState[ClientState["None"] = 0] = "None";
    ClientState[ClientState["Connecting"] = 1] = "Connecting";
    ClientState[ClientState["Connected"] = 2] = "Connected";
    ClientState[ClientState["Finished"] = 3] = "Finished";
    ClientState[ClientState["Closed"] = 4] = "Closed";
})(ClientState || (ClientState = {}));
/**
 * Eventstream RPC client - uses an underlying eventstream connection to implement the eventstream RPC protocol
 */
class RpcClient extends events_1.EventEmitter {
    constructor(config) {
        super();
        this.config = config;
        this.unclosedOperations = new Set();
        this.state = ClientState.None;
        this.emitDisconnectOnClose = false;
        let connectionOptions = {
            hostName: config.hostName,
            port: config.port,
            socketOptions: config.socketOptions,
            tlsCtx: config.tlsCtx
        };
        try {
            // consider factoring connect timeout into socket options to help bound promise resolution/wait time in
            // connect()
            this.connection = new aws_crt_1.eventstream.ClientConnection(connectionOptions);
        }
        catch (e) {
            throw createRpcError(RpcErrorType.InternalError, "Failed to create eventstream connection", e);
        }
    }
    /**
     * Factory method to create a new client
     *
     * @param config configuration options that the new client must use
     *
     * Returns a new client on success, otherwise throws an RpcError
     */
    static new(config) {
        return new RpcClient(config);
    }
    /**
     * Attempts to open a network connection to the configured remote endpoint.  Returned promise will be fulfilled if
     * the transport-level connection is successfully established and the eventstream handshake completes without
     * error.
     *
     * Returns a promise that is resolved with additional context on a successful connection, otherwise rejected.
     *
     * connect() may only be called once.
     */
    connect(options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                if (this.state != ClientState.None) {
                    reject(createRpcError(RpcErrorType.ClientStateError, "RpcClient.connect() can only be called once"));
                    return;
                }
                let onDisconnectWhileConnecting = (eventData) => {
                    if (this.state == ClientState.Connecting) {
                        this.state = ClientState.Finished;
                        reject(createRpcError(RpcErrorType.NetworkError, "RpcClient.connect() failed - connection closed"));
                        setImmediate(() => { this.close(); });
                    }
                };
                this.connection.on('disconnection', onDisconnectWhileConnecting);
                this.state = ClientState.Connecting;
                let connack = undefined;
                try {
                    yield this.connection.connect({
                        cancelController: options === null || options === void 0 ? void 0 : options.cancelController
                    });
                    // create, transform, and send the connect
                    let connectMessage = {
                        type: aws_crt_1.eventstream.MessageType.Connect
                    };
                    if (this.config.connectTransform) {
                        connectMessage = yield this.config.connectTransform({
                            message: connectMessage,
                            cancelController: options === null || options === void 0 ? void 0 : options.cancelController
                        });
                    }
                    this._applyEventstreamRpcHeadersToConnect(connectMessage);
                    let connackPromise = aws_crt_1.cancel.newCancellablePromiseFromNextEvent({
                        cancelController: options === null || options === void 0 ? void 0 : options.cancelController,
                        emitter: this.connection,
                        eventName: aws_crt_1.eventstream.ClientConnection.PROTOCOL_MESSAGE,
                        eventDataTransformer: (eventData) => { return eventData.message; },
                        cancelMessage: "Eventstream connect() cancelled by user request"
                    });
                    yield this.connection.sendProtocolMessage({
                        message: connectMessage,
                        cancelController: options === null || options === void 0 ? void 0 : options.cancelController
                    });
                    // wait for the conn ack or cancel
                    connack = yield connackPromise;
                }
                catch (err) {
                    if (this.state == ClientState.Connecting) {
                        this.state = ClientState.Finished;
                        setImmediate(() => { this.close(); });
                    }
                    reject(createRpcError(RpcErrorType.InternalError, "Failed to establish eventstream RPC connection", err));
                    return;
                }
                if (this.state != ClientState.Connecting) {
                    reject(createRpcError(RpcErrorType.InternalError, "Eventstream RPC connection attempt interrupted"));
                    return;
                }
                if (!connack || !RpcClient.isValidConnack(connack)) {
                    this.state = ClientState.Finished;
                    reject(createRpcError(RpcErrorType.HandshakeError, "Failed to establish eventstream RPC connection - invalid connack"));
                    setImmediate(() => { this.close(); });
                    return;
                }
                /*
                 * Remove the promise-rejecting disconnect listener and replace it with a regular old listener that
                 * doesn't reject the connect() promise since we're going to resolve it now.
                 */
                this.connection.removeListener('disconnection', onDisconnectWhileConnecting);
                this.connection.on('disconnection', (eventData) => {
                    if (eventData.errorCode != 0) {
                        this.disconnectionReason = new aws_crt_1.CrtError(eventData.errorCode);
                    }
                    setImmediate(() => { this.close(); });
                });
                /* Per the client contract, we only emit disconnect after a successful connection establishment */
                this.emitDisconnectOnClose = true;
                this.state = ClientState.Connected;
                resolve({});
            }));
        });
    }
    /**
     * Returns true if the connection is currently open and ready-to-use, false otherwise.
     */
    isConnected() {
        return this.state == ClientState.Connected;
    }
    /**
     * @internal
     *
     * Adds an unclosed operation to the set tracked by the client.  When the client is closed, all unclosed operations
     * will also be closed.  While not foolproof, this enables us to avoid many kinds of resource leaks when the user
     * doesn't do exactly what we would like them to do (which may not be obvious to them, in all fairness).
     *
     * @param operation unclosed operation to register
     */
    registerUnclosedOperation(operation) {
        if (!this.isConnected() || !this.unclosedOperations) {
            throw createRpcError(RpcErrorType.ClientStateError, "Operation registration only allowed when the client is connected");
        }
        this.unclosedOperations.add(operation);
    }
    /**
     * @internal
     *
     * Removes an unclosed operation from the set tracked by the client.  When the client is closed, all unclosed operations
     * will also be closed.
     *
     * @param operation operation to remove, presumably because it just got closed
     */
    removeUnclosedOperation(operation) {
        if (this.unclosedOperations) {
            this.unclosedOperations.delete(operation);
        }
    }
    /**
     * Shuts down the client and begins the process of release all native resources associated with the client
     * and in-progress operations.  It is critical that this function be called when finished with the client;
     * otherwise, native resources will leak.
     *
     * The client tracks unclosed operations and, as part of this process, closes them as well.
     */
    close() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                try {
                    if (this.state == ClientState.Closed) {
                        resolve();
                        return;
                    }
                    this.state = ClientState.Closed;
                    if (this.emitDisconnectOnClose) {
                        this.emitDisconnectOnClose = false;
                        if (!this.disconnectionReason) {
                            this.disconnectionReason = new aws_crt_1.CrtError("User-initiated disconnect");
                        }
                        setImmediate(() => {
                            this.emit('disconnection', { reason: this.disconnectionReason });
                        });
                    }
                    if (this.unclosedOperations) {
                        let unclosedOperations = this.unclosedOperations;
                        this.unclosedOperations = undefined;
                        for (const operation of unclosedOperations) {
                            yield operation.close();
                        }
                    }
                    this.connection.close();
                    resolve();
                }
                catch (err) {
                    reject(err);
                }
            }));
        });
    }
    /**
     * @internal
     *
     * Creates a new stream on the client's connection for an RPC operation to use.
     *
     * Returns a new stream on success, otherwise throws an RpcError
     */
    newStream() {
        if (this.state != ClientState.Connected) {
            throw createRpcError(RpcErrorType.ClientStateError, "New streams may only be created while the client is connected");
        }
        try {
            return this.connection.newStream();
        }
        catch (e) {
            throw createRpcError(RpcErrorType.InternalError, "Failed to create new event stream", e);
        }
    }
    on(event, listener) {
        super.on(event, listener);
        return this;
    }
    static isValidConnack(message) {
        var _a;
        if (message.type != aws_crt_1.eventstream.MessageType.ConnectAck) {
            return false;
        }
        if ((((_a = message.flags) !== null && _a !== void 0 ? _a : 0) & aws_crt_1.eventstream.MessageFlags.ConnectionAccepted) == 0) {
            return false;
        }
        return true;
    }
    _applyEventstreamRpcHeadersToConnect(connectMessage) {
        if (!connectMessage.headers) {
            connectMessage.headers = [];
        }
        connectMessage.headers.push(aws_crt_1.eventstream.Header.newString(':version', '0.1.0'));
    }
}
exports.RpcClient = RpcClient;
/**
 * Event emitted when the client's underlying network connection is ended.  Only emitted if the connection
 * was previously successfully established, including a successful connect/connack handshake.
 *
 * Listener type: {@link DisconnectionListener}
 *
 * @event
 */
RpcClient.DISCONNECTION = 'disconnection';
/**
 * @internal a rough mirror of the internal stream binding state.
 */
var OperationState;
(function (OperationState) {
    OperationState[OperationState["None"] = 0] = "None";
    OperationState[OperationState["Activating"] = 1] = "Activating";
    OperationState[OperationState["Activated"] = 2] = "Activated";
    OperationState[OperationState["Ended"] = 3] = "Ended";
    OperationState[OperationState["Closed"] = 4] = "Closed";
})(OperationState || (OperationState = {}));
/**
 * @internal
 *
 * Common eventstream RPC operation class that includes self-cleaning functionality (via the RPC client's
 * unclosed operations logic)
 */
class OperationBase extends events_1.EventEmitter {
    constructor(operationConfig) {
        super();
        this.operationConfig = operationConfig;
        this.state = OperationState.None;
        this.stream = operationConfig.client.newStream();
        operationConfig.client.registerUnclosedOperation(this);
    }
    /**
     * Shuts down the operation's stream binding, with an optional flush of a termination message to the server.
     * Also removes the operation from the associated client's unclosed operation set.
     */
    close() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                if (this.state == OperationState.Closed) {
                    resolve();
                    return;
                }
                this.operationConfig.client.removeUnclosedOperation(this);
                let shouldTerminateStream = this.state == OperationState.Activated;
                this.state = OperationState.Closed;
                if (shouldTerminateStream) {
                    try {
                        yield this.stream.sendMessage({
                            message: {
                                type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
                                flags: aws_crt_1.eventstream.MessageFlags.TerminateStream
                            }
                        });
                    }
                    catch (e) {
                        // an exception generated from trying to gently end the stream should not propagate
                    }
                }
                setImmediate(() => {
                    this.stream.close();
                });
                resolve();
            }));
        });
    }
    /**
     * Activates an eventstream RPC operation
     *
     * @param message eventstream message to send as part of stream activation
     */
    activate(message) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                if (this.state != OperationState.None) {
                    reject(createRpcError(RpcErrorType.ClientStateError, "Eventstream operations may only have activate() invoked once"));
                    return;
                }
                this.state = OperationState.Activating;
                try {
                    let activatePromise = this.stream.activate({
                        operation: this.operationConfig.name,
                        message: message,
                        cancelController: this.operationConfig.options.cancelController
                    });
                    yield activatePromise;
                }
                catch (e) {
                    if (this.state == OperationState.Activating) {
                        this.state = OperationState.Ended;
                        setImmediate(() => { this.close(); });
                    }
                    reject(createRpcError(RpcErrorType.InternalError, "Operation stream activation failure", e));
                    return;
                }
                if (this.state != OperationState.Activating) {
                    reject(createRpcError(RpcErrorType.InternalError, "Operation stream activation interruption"));
                    return;
                }
                this.state = OperationState.Activated;
                resolve({});
            }));
        });
    }
    /**
     * @return true if the stream is currently active and ready-to-use, false otherwise.
     */
    isActive() {
        return this.state == OperationState.Activated;
    }
    /**
     * @return the operation's underlying event stream binding object
     */
    getStream() { return this.stream; }
    /**
     * Set this operation state to be "Ended" so that closing the operation will not send a terminate message.
     */
    setStateEnded() {
        this.state = OperationState.Ended;
    }
}
/**
 * Implementation for request-response eventstream RPC operations.
 */
class RequestResponseOperation extends events_1.EventEmitter {
    /**
     * @internal
     *
     * @param operationConfig
     * @param serviceModel
     */
    constructor(operationConfig, serviceModel) {
        if (!serviceModel.operations.has(operationConfig.name)) {
            throw createRpcError(RpcErrorType.InternalError, `service model has no operation named ${operationConfig.name}`);
        }
        super();
        this.operationConfig = operationConfig;
        this.serviceModel = serviceModel;
        this.operation = new OperationBase(this.operationConfig);
    }
    /**
     * Performs the request-response interaction
     *
     * @param request modeled request data
     */
    activate(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let resultPromise = new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                var _a;
                try {
                    let stream = this.operation.getStream();
                    let responsePromise = aws_crt_1.cancel.newCancellablePromiseFromNextEvent({
                        cancelController: this.operationConfig.options.cancelController,
                        emitter: stream,
                        eventName: aws_crt_1.eventstream.ClientStream.MESSAGE,
                        eventDataTransformer: (eventData) => { return eventData.message; },
                        cancelMessage: "Eventstream execute() cancelled by user request"
                    });
                    if (!this.operationConfig.options.disableValidation) {
                        validateRequest(this.serviceModel, this.operationConfig.name, request);
                    }
                    let requestMessage = serializeRequest(this.serviceModel, this.operationConfig.name, request);
                    yield this.operation.activate(requestMessage);
                    let message = yield responsePromise;
                    // If the server terminated the stream, then set the operation to be ended immediately
                    if (((_a = message.flags) !== null && _a !== void 0 ? _a : 0) & aws_crt_1.eventstream.MessageFlags.TerminateStream) {
                        this.operation.setStateEnded();
                    }
                    let response = deserializeResponse(this.serviceModel, this.operationConfig.name, message);
                    resolve(response);
                }
                catch (e) {
                    reject(e);
                }
            }));
            let autoClosePromise = resultPromise.finally(() => __awaiter(this, void 0, void 0, function* () { yield this.operation.close(); }));
            return autoClosePromise;
        });
    }
}
exports.RequestResponseOperation = RequestResponseOperation;
/**
 * Implementation of a bi-direction streaming operation.
 *
 * TODO: may change slightly for uni-directional operations
 */
class StreamingOperation extends events_1.EventEmitter {
    /**
     * @internal
     *
     * @param request
     * @param operationConfig
     * @param serviceModel
     */
    constructor(request, operationConfig, serviceModel) {
        if (!serviceModel.operations.has(operationConfig.name)) {
            throw createRpcError(RpcErrorType.InternalError, `service model has no operation named ${operationConfig.name}`);
        }
        if (!operationConfig.options.disableValidation) {
            validateRequest(serviceModel, operationConfig.name, request);
        }
        super();
        this.request = request;
        this.operationConfig = operationConfig;
        this.serviceModel = serviceModel;
        this.operation = new OperationBase(operationConfig);
        this.responseHandled = false;
    }
    /**
     * Activates a streaming operation
     */
    activate() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                var _a;
                try {
                    let stream = this.operation.getStream();
                    stream.addListener(aws_crt_1.eventstream.ClientStream.MESSAGE, this._onStreamMessageEvent.bind(this));
                    stream.addListener(aws_crt_1.eventstream.ClientStream.ENDED, this._onStreamEndedEvent.bind(this));
                    let responsePromise = aws_crt_1.cancel.newCancellablePromiseFromNextEvent({
                        cancelController: this.operationConfig.options.cancelController,
                        emitter: stream,
                        eventName: aws_crt_1.eventstream.ClientStream.MESSAGE,
                        eventDataTransformer: (eventData) => {
                            this.responseHandled = true;
                            return eventData.message;
                        },
                        cancelMessage: "Eventstream execute() cancelled by user request"
                    });
                    let requestMessage = serializeRequest(this.serviceModel, this.operationConfig.name, this.request);
                    yield this.operation.activate(requestMessage);
                    let message = yield responsePromise;
                    let response = deserializeResponse(this.serviceModel, this.operationConfig.name, message);
                    // If the server terminated the stream, then set the operation to be ended immediately
                    if (((_a = message.flags) !== null && _a !== void 0 ? _a : 0) & aws_crt_1.eventstream.MessageFlags.TerminateStream) {
                        this.operation.setStateEnded();
                        // Server hung up on us. Immediately cleanup the operation state.
                        // Do this before resolving the promise so that any user-initiated
                        // requests will see the correct state, which is that the operation is closed.
                        yield this.close();
                    }
                    resolve(response);
                }
                catch (e) {
                    yield this.close();
                    reject(e);
                }
            }));
        });
    }
    /**
     * Sends an outbound message on a streaming operation, if the operation allows outbound streaming messages.
     *
     * @param message modeled data to send
     */
    sendMessage(message) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                try {
                    if (!doesOperationAllowOutboundMessages(this.serviceModel, this.operationConfig.name)) {
                        throw createRpcError(RpcErrorType.ValidationError, `Operation '${this.operationConfig.name}' does not allow outbound streaming messages.`);
                    }
                    if (!this.operationConfig.options.disableValidation) {
                        validateOutboundMessage(this.serviceModel, this.operationConfig.name, message);
                    }
                    let serializedMessage = serializeOutboundMessage(this.serviceModel, this.operationConfig.name, message);
                    let stream = this.operation.getStream();
                    yield stream.sendMessage({
                        message: serializedMessage,
                        cancelController: this.operationConfig.options.cancelController
                    });
                    resolve();
                }
                catch (err) {
                    reject(err);
                }
            }));
        });
    }
    /**
     * Asynchronous close method for the underlying event stream.  The user should call this function when finished
     * with the operation in order to clean up native resources.  Failing to do so will cause the native resources
     * to persist until the client is closed.  If the client is never closed then every unclosed operation will leak.
     */
    close() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.operation.close();
        });
    }
    on(event, listener) {
        super.on(event, listener);
        return this;
    }
    _onStreamMessageEvent(eventData) {
        if (this.responseHandled) {
            try {
                let streamingMessage = deserializeInboundMessage(this.serviceModel, this.operationConfig.name, eventData.message);
                setImmediate(() => {
                    this.emit(StreamingOperation.MESSAGE, streamingMessage);
                });
            }
            catch (err) {
                setImmediate(() => { this.emit(StreamingOperation.STREAM_ERROR, err); });
            }
        }
    }
    _onStreamEndedEvent(eventData) {
        setImmediate(() => __awaiter(this, void 0, void 0, function* () {
            this.emit(StreamingOperation.ENDED, {});
            yield this.close();
        }));
    }
}
exports.StreamingOperation = StreamingOperation;
/**
 * Event emitted when the operation's stream has ended.  Only emitted if the stream was successfully activated.
 *
 * Listener type: {@link StreamingOperationEndedListener}
 *
 * @event
 */
StreamingOperation.ENDED = 'ended';
/**
 * Event emitted when an incoming eventstream message resulted in some kind of error.  Usually this is either
 * a modeled service error or a deserialization error for messages that cannot be mapped to the service model.
 *
 * Listener type: {@link StreamingRpcErrorListener}
 *
 * @event
 */
StreamingOperation.STREAM_ERROR = 'streamError';
/**
 * Event emitted when an incoming eventstream message is successfully deserialized into a modeled inbound streaming
 * shape type.
 *
 * @event
 */
StreamingOperation.MESSAGE = 'message';
/**
 * Utility function to create RpcError errors
 *
 * @param type type of error
 * @param description longer description of error
 * @param internalError optional CrtError that caused this error
 * @param serviceError optional modeled eventstream RPC service error that triggered this error
 *
 * @return a new RpcError object
 */
function createRpcError(type, description, internalError, serviceError) {
    return new RpcError({
        type: type,
        description: description,
        internalError: internalError,
        serviceError: serviceError
    });
}
exports.createRpcError = createRpcError;
const SERVICE_MODEL_TYPE_HEADER_NAME = 'service-model-type';
const CONTENT_TYPE_HEADER_NAME = ':content-type';
const CONTENT_TYPE_PLAIN_TEXT = 'text/plain';
function getEventStreamMessageHeaderValueAsString(message, headerName) {
    if (!message.headers) {
        return undefined;
    }
    try {
        for (const header of message.headers) {
            if (header.name === headerName) {
                return header.asString();
            }
        }
    }
    catch (err) {
        return undefined;
    }
    return undefined;
}
function validateShape(model, shapeName, shape) {
    if (!shape) {
        throw createRpcError(RpcErrorType.ValidationError, `Shape of type '${shapeName}' is undefined`);
    }
    let validator = model.validators.get(shapeName);
    if (!validator) {
        throw createRpcError(RpcErrorType.ValidationError, `No shape named '${shapeName}' exists in the service model`);
    }
    validator(shape);
}
function validateOperationShape(model, operationName, shape, shapeSelector) {
    let operation = model.operations.get(operationName);
    if (!operation) {
        throw createRpcError(RpcErrorType.InternalError, `No operation named '${operationName}' exists in the service model`);
    }
    let selectedShape = shapeSelector(operation);
    if (!selectedShape) {
        throw createRpcError(RpcErrorType.ValidationError, `Operation '${operationName}' does not have a defined selection shape`);
    }
    return validateShape(model, selectedShape, shape);
}
function validateRequest(model, operationName, request) {
    validateOperationShape(model, operationName, request, (operation) => { return operation.requestShape; });
}
function validateOutboundMessage(model, operationName, message) {
    validateOperationShape(model, operationName, message, (operation) => { return operation.outboundMessageShape; });
}
function doesOperationAllowOutboundMessages(model, operationName) {
    let operation = model.operations.get(operationName);
    if (!operation) {
        throw createRpcError(RpcErrorType.InternalError, `No operation named '${operationName}' exists in the service model`);
    }
    return operation.outboundMessageShape !== undefined;
}
function serializeMessage(model, operationName, message, shapeSelector) {
    let operation = model.operations.get(operationName);
    if (!operation) {
        throw createRpcError(RpcErrorType.InternalError, `No operation named '${operationName}' exists in the service model`);
    }
    let shapeName = shapeSelector(operation);
    if (!shapeName) {
        throw createRpcError(RpcErrorType.InternalError, `Operation '${operationName}' does not have a defined selection shape`);
    }
    let serializer = model.serializers.get(shapeName);
    if (!serializer) {
        throw createRpcError(RpcErrorType.InternalError, `No top-level shape serializer for '${shapeName}' exists in the service model`);
    }
    return serializer(message);
}
function serializeRequest(model, operationName, request) {
    return serializeMessage(model, operationName, request, (operation) => { return operation.requestShape; });
}
function serializeOutboundMessage(model, operationName, message) {
    return serializeMessage(model, operationName, message, (operation) => { return operation.outboundMessageShape; });
}
function throwResponseError(model, errorShapes, shapeName, message) {
    if (!shapeName) {
        if (message.type != aws_crt_1.eventstream.MessageType.ApplicationMessage) {
            if (message.type == aws_crt_1.eventstream.MessageType.ApplicationError) {
                let contentType = getEventStreamMessageHeaderValueAsString(message, CONTENT_TYPE_HEADER_NAME);
                if (contentType && contentType === CONTENT_TYPE_PLAIN_TEXT) {
                    let payloadAsString = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
                    ;
                    throw createRpcError(RpcErrorType.InternalError, `Eventstream (response) message was not a modelled shape.  Plain text payload is: '${payloadAsString}'`);
                }
            }
        }
        throw createRpcError(RpcErrorType.InternalError, "Eventstream (response) message was not an application message");
    }
    let isErrorShape = errorShapes.has(shapeName);
    let serviceError = undefined;
    if (isErrorShape) {
        let errorDeserializer = model.deserializers.get(shapeName);
        if (errorDeserializer) {
            serviceError = errorDeserializer(message);
        }
    }
    let errorType = serviceError ? RpcErrorType.ServiceError : RpcErrorType.InternalError;
    let errorDescription = serviceError ? "Eventstream RPC request failed.  Check serviceError property for details." : `Unexpected response shape received: '${shapeName}'`;
    let rpcError = createRpcError(errorType, errorDescription, undefined, serviceError);
    throw rpcError;
}
function deserializeMessage(model, operationName, message, shapeSelector) {
    let operation = model.operations.get(operationName);
    if (!operation) {
        throw createRpcError(RpcErrorType.InternalError, `No operation named '${operationName}' exists in the service model`);
    }
    let messageShape = getEventStreamMessageHeaderValueAsString(message, SERVICE_MODEL_TYPE_HEADER_NAME);
    let operationShape = shapeSelector(operation);
    if (!messageShape || messageShape !== operationShape || !operationShape) {
        throwResponseError(model, operation.errorShapes, messageShape, message);
        return;
    }
    let deserializer = model.deserializers.get(operationShape);
    if (!deserializer) {
        throw createRpcError(RpcErrorType.InternalError, `No top-level shape deserializer for '${operationShape}' exists in the service model`);
    }
    let response = deserializer(message);
    return response;
}
function deserializeResponse(model, operationName, message) {
    return deserializeMessage(model, operationName, message, (operation) => { return operation.responseShape; });
}
function deserializeInboundMessage(model, operationName, message) {
    return deserializeMessage(model, operationName, message, (operation) => { return operation.inboundMessageShape; });
}
//# sourceMappingURL=eventstream_rpc.js.map

/***/ }),

/***/ 94662:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateValueAsUnion = exports.validateValueAsOptionalObject = exports.validateValueAsObject = exports.validateValueAsOptionalMap = exports.validateValueAsMap = exports.validateValueAsOptionalArray = exports.validateValueAsArray = exports.validateValueAsOptionalAny = exports.validateValueAsAny = exports.validateValueAsOptionalBlob = exports.validateValueAsBlob = exports.validateValueAsOptionalDate = exports.validateValueAsDate = exports.validateValueAsOptionalBoolean = exports.validateValueAsBoolean = exports.validateValueAsOptionalInteger = exports.validateValueAsInteger = exports.validateValueAsOptionalNumber = exports.validateValueAsNumber = exports.validateValueAsOptionalString = exports.validateValueAsString = exports.setDefinedObjectPropertyAsMap = exports.setDefinedMapPropertyAsObject = exports.normalizeMapValueAsObject = exports.setDefinedArrayProperty = exports.normalizeArrayValue = exports.setDefinedProperty = exports.transformNumberAsDate = exports.encodeDateAsNumber = exports.transformStringAsPayload = exports.encodePayloadAsString = void 0;
const eventstream_rpc = __importStar(__webpack_require__(46964));
const aws_crt_1 = __webpack_require__(228);
/*
 * Internal utility functions for generated RPC clients to perform normalization, serialization, deserialization, and
 * validation.
 *
 * Don't export; don't make part of SDK documentation.
 */
/**
 * Transforms an eventstream payload type (an opaque blob) to a base64-encoded string
 *
 * @param payload blob to transform
 * @return a base64-encoded string
 */
function encodePayloadAsString(payload) {
    if (typeof payload === "string") {
        return Buffer.from(payload).toString("base64");
    }
    if (ArrayBuffer.isView(payload)) {
        const view = payload;
        return Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString("base64");
    }
    if (payload instanceof ArrayBuffer) {
        let buffer = payload;
        return Buffer.from(buffer).toString("base64");
    }
    throw new TypeError("payload parameter must be a string, ArrayBuffer, or DataView.");
}
exports.encodePayloadAsString = encodePayloadAsString;
/**
 * Transforms a base64-encoded string to an ArrayBuffer with the raw bytes
 *
 * @param value a base64-encoded string
 * @return an ArrayBuffer of decoded bytes
 */
function transformStringAsPayload(value) {
    return Buffer.from(value, "base64");
}
exports.transformStringAsPayload = transformStringAsPayload;
/**
 * Transforms a Date to a fractional number: seconds elapsed since epoch
 * @param date Date to transform
 * @return seconds elapsed since epoch
 */
function encodeDateAsNumber(date) {
    return date.getTime() / 1000.0;
}
exports.encodeDateAsNumber = encodeDateAsNumber;
/**
 * Transforms a value representing seconds elapsed since epoch into a Date
 * @param value seconds elapsed since epoch
 * @return an equivalent Date
 */
function transformNumberAsDate(value) {
    return new Date(value * 1000.0);
}
exports.transformNumberAsDate = transformNumberAsDate;
/**
 * Normalization/deserialization helper that replaces a value, if it exists, with a potentially transformed value
 *
 * @param object object to potentially set a property on
 * @param propertyName name of property to replace
 * @param value value to set the property to (or transform and set the property to)
 * @param transformer optional transformation function to apply to value first before setting
 */
function setDefinedProperty(object, propertyName, value, transformer) {
    if (value === undefined || value == null) {
        return;
    }
    if (transformer) {
        object[propertyName] = transformer(value);
    }
    else {
        object[propertyName] = value;
    }
}
exports.setDefinedProperty = setDefinedProperty;
/**
 * Normalizes an array value
 *
 * @param value array to normalize
 * @param valueTransformer optional transformation to apply to all array values
 *
 * @return a normalized array
 */
function normalizeArrayValue(value, transformer) {
    if (transformer == undefined) {
        return value;
    }
    let array = new Array();
    for (const element of value) {
        array.push(transformer(element));
    }
    return array;
}
exports.normalizeArrayValue = normalizeArrayValue;
/**
 * Normalization/deserialization helper that replaces an array value, if it exists, with a potentially transformed value
 *
 * @param object object to potentially set an array property on
 * @param propertyName name of property to replace
 * @param value array value to set the property to (or transform and set the property to)
 * @param transformer optional transformation function to apply to all array elements
 */
function setDefinedArrayProperty(object, propertyName, value, transformer) {
    if (value === undefined || value == null) {
        return;
    }
    object[propertyName] = normalizeArrayValue(value, transformer);
}
exports.setDefinedArrayProperty = setDefinedArrayProperty;
/**
 * Transforms a map value into a generic object with optional key and value transformation
 *
 * @param value map to transform
 * @param keyTransformer optional transformation to apply to all map keys
 * @param valueTransformer optional transformation to apply to all map values
 *
 * @return map transformed into an object
 */
function normalizeMapValueAsObject(value, keyTransformer, valueTransformer) {
    let mapAsObject = {};
    for (const [key, val] of value.entries()) {
        let transformedKey = keyTransformer ? keyTransformer(key) : key;
        let transformedvalue = valueTransformer ? valueTransformer(val) : val;
        mapAsObject[transformedKey] = transformedvalue;
    }
    return mapAsObject;
}
exports.normalizeMapValueAsObject = normalizeMapValueAsObject;
/**
 * Normalization/deserialization helper that replaces a javascript Object, if it exists, with a map where the
 * values are potentially transformed
 *
 * @param object object to potentially set an object property on
 * @param propertyName name of property to replace
 * @param value object value to transform into a map
 * @param transformer optional transformation function to apply to all map values
 */
function setDefinedMapPropertyAsObject(object, propertyName, value, keyTransformer, valueTransformer) {
    if (value === undefined || value == null) {
        return;
    }
    object[propertyName] = normalizeMapValueAsObject(value);
}
exports.setDefinedMapPropertyAsObject = setDefinedMapPropertyAsObject;
/**
 * Normalization/deserialization helper that replaces an string-keyed map value, if it exists, with a map where the
 * values are potentially transformed
 *
 * @param object object to potentially set a map property on
 * @param propertyName name of property to set
 * @param value map value to set the property to (or transform and set the property to)
 * @param transformer optional transformation function to apply to all map values
 */
function setDefinedObjectPropertyAsMap(object, propertyName, value, keyTransformer, valueTransformer) {
    if (value === undefined || value == null) {
        return;
    }
    let map = new Map();
    for (const property in value) {
        let transformedKey = keyTransformer ? keyTransformer(property) : property;
        let transformedValue = valueTransformer ? valueTransformer(value[property]) : value[property];
        map.set(transformedKey, transformedValue);
    }
    object[propertyName] = map;
}
exports.setDefinedObjectPropertyAsMap = setDefinedObjectPropertyAsMap;
/**
 * Throws an RpcError with a detailed description, if possible, of what required property was missing
 *
 * @param propertyName optional, name of the missing property
 * @param type optional, type of object that the property was supposed to be on
 */
function throwMissingPropertyError(propertyName, type) {
    if (propertyName && type) {
        throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Missing required property '${propertyName}' of type '${type}'`);
    }
    else {
        throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Missing required property`);
    }
}
/**
 * Throws an RpcError with a detailed description, if possible, of what property had a bad value
 *
 * @param valueDescription additional context of what the value should have been
 * @param propertyName optional, name of the invalid property
 * @param type optional, type of object that the property is on
 */
function throwInvalidPropertyValueError(valueDescription, propertyName, type) {
    if (propertyName && type) {
        throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Property '${propertyName}' of type '${type}' must be ${valueDescription}`);
    }
    else {
        throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Property must be ${valueDescription}`);
    }
}
/**
 * Throws an error if a property value is not a string
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsString(value, propertyName, type) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName, type);
    }
    if (typeof value !== 'string') {
        throwInvalidPropertyValueError('a string value', propertyName, type);
    }
}
exports.validateValueAsString = validateValueAsString;
/**
 * Throws an error if a property value is not a string or undefined
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalString(value, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsString(value, propertyName, type);
}
exports.validateValueAsOptionalString = validateValueAsOptionalString;
/**
 * Throws an error if a property value is not a number
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsNumber(value, propertyName, type) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName, type);
    }
    if (typeof value !== 'number') {
        throwInvalidPropertyValueError('a number value', propertyName, type);
    }
}
exports.validateValueAsNumber = validateValueAsNumber;
/**
 * Throws an error if a property value is not a number or undefined
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalNumber(value, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsNumber(value, propertyName, type);
}
exports.validateValueAsOptionalNumber = validateValueAsOptionalNumber;
/**
 * Throws an error if a property value is not an integer
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsInteger(value, propertyName, type) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName, type);
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throwInvalidPropertyValueError('an integer value', propertyName, type);
    }
}
exports.validateValueAsInteger = validateValueAsInteger;
/**
 * Throws an error if a property value is not an integer or undefined
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalInteger(value, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsInteger(value, propertyName, type);
}
exports.validateValueAsOptionalInteger = validateValueAsOptionalInteger;
/**
 * Throws an error if a property value is not a boolean
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsBoolean(value, propertyName, type) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName, type);
    }
    if (typeof value !== 'boolean') {
        throwInvalidPropertyValueError('a boolean value', propertyName, type);
    }
}
exports.validateValueAsBoolean = validateValueAsBoolean;
/**
 * Throws an error if a property value is not a boolean or undefined
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalBoolean(value, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsBoolean(value, propertyName, type);
}
exports.validateValueAsOptionalBoolean = validateValueAsOptionalBoolean;
/**
 * Throws an error if a property value is not a Date
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsDate(value, propertyName, type) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName, type);
    }
    if (!(value instanceof Date) || isNaN(value.getTime())) {
        throwInvalidPropertyValueError('a Date value', propertyName, type);
    }
}
exports.validateValueAsDate = validateValueAsDate;
/**
 * Throws an error if a property value is not a Date or undefined
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalDate(value, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsDate(value, propertyName, type);
}
exports.validateValueAsOptionalDate = validateValueAsOptionalDate;
/**
 * Throws an error if a property value is not a valid eventstream payload (blob) type
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsBlob(value, propertyName, type) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName, type);
    }
    /* there doesn't seem to be a good way of checking if something is an ArrayBuffer */
    if ((typeof value !== 'string') && !ArrayBuffer.isView(value) && (!value.byteLength || !value.maxByteLength)) {
        throwInvalidPropertyValueError('a value convertible to a binary payload', propertyName, type);
    }
}
exports.validateValueAsBlob = validateValueAsBlob;
/**
 * Throws an error if a property value is not a valid eventstream payload type or undefined
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalBlob(value, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsBlob(value, propertyName, type);
}
exports.validateValueAsOptionalBlob = validateValueAsOptionalBlob;
/**
 * Throws an error if a property value is not a valid defined object
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsAny(value, propertyName, type) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName, type);
    }
}
exports.validateValueAsAny = validateValueAsAny;
/**
 * Throws an error if a property value is not a valid JS object or undefined (always succeeds)
 *
 * @param value value to check
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalAny(value, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsAny(value, propertyName, type);
}
exports.validateValueAsOptionalAny = validateValueAsOptionalAny;
/**
 * Throws an error if a property value is not a valid array type
 *
 * @param value value to check
 * @param elementValidator validation function to apply to each array element
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsArray(value, elementValidator, propertyName, type) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName, type);
    }
    if (!Array.isArray(value)) {
        throwInvalidPropertyValueError('an array value', propertyName, type);
    }
    for (const element of value) {
        try {
            elementValidator(element);
        }
        catch (err) {
            let rpcError = err;
            if (propertyName && type) {
                throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Array property '${propertyName}' of type '${type}' contains an invalid value`, new aws_crt_1.CrtError(rpcError.toString()));
            }
            else {
                throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Array contains an invalid value`, new aws_crt_1.CrtError(rpcError.toString()));
            }
        }
    }
}
exports.validateValueAsArray = validateValueAsArray;
/**
 * Throws an error if a property value is not a valid array type or undefined
 *
 * @param value value to check
 * @param elementValidator validation function to apply to each array element
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalArray(value, elementValidator, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsArray(value, elementValidator, propertyName, type);
}
exports.validateValueAsOptionalArray = validateValueAsOptionalArray;
/**
 * Throws an error if a property value is not a valid map type
 *
 * @param value value to check
 * @param elementValidator validation function to apply to each map value
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsMap(value, keyValidator, valueValidator, propertyName, type) {
    if (value === undefined) {
        return;
    }
    if (!(value instanceof Map)) {
        throwInvalidPropertyValueError('a map value', propertyName, type);
    }
    let valueAsMap = value;
    for (const [key, val] of valueAsMap) {
        try {
            keyValidator(key);
        }
        catch (err) {
            let rpcError = err;
            if (propertyName && type) {
                throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Map property '${propertyName}' of type '${type}' contains an invalid key`, new aws_crt_1.CrtError(rpcError.toString()));
            }
            else {
                throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Map contains an invalid key`, new aws_crt_1.CrtError(rpcError.toString()));
            }
        }
        try {
            valueValidator(val);
        }
        catch (err) {
            let rpcError = err;
            if (propertyName && type) {
                throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Map property '${propertyName}' of type '${type}' contains an invalid value`, new aws_crt_1.CrtError(rpcError.toString()));
            }
            else {
                throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Map contains an invalid value`, new aws_crt_1.CrtError(rpcError.toString()));
            }
        }
    }
}
exports.validateValueAsMap = validateValueAsMap;
/**
 * Throws an error if a property value is not a valid map type or undefined
 *
 * @param value value to check
 * @param elementValidator validation function to apply to each map value
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalMap(value, keyValidator, valueValidator, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsMap(value, keyValidator, valueValidator, propertyName, type);
}
exports.validateValueAsOptionalMap = validateValueAsOptionalMap;
/**
 * Throws an error if a property value does not pass a validation check
 *
 * @param value value to check
 * @param elementValidator validation function to apply to the property value
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsObject(value, elementValidator, propertyName, type) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName, type);
    }
    try {
        elementValidator(value);
    }
    catch (err) {
        let rpcError = err;
        throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Property '${propertyName}' of type '${type}' contains an invalid value`, new aws_crt_1.CrtError(rpcError.toString()));
    }
}
exports.validateValueAsObject = validateValueAsObject;
/**
 * Throws an error if a property value does not pass a validation check and is defined
 *
 * @param value value to check
 * @param elementValidator validation function to apply to the property value
 * @param propertyName optional, name of the property with this value
 * @param type optional, type of object that the property is on
 */
function validateValueAsOptionalObject(value, elementValidator, propertyName, type) {
    if (value === undefined) {
        return;
    }
    validateValueAsObject(value, elementValidator, propertyName, type);
}
exports.validateValueAsOptionalObject = validateValueAsOptionalObject;
/*
 * Unions must have exactly one property set.  This function helps check that.
 */
function getPropertyCount(value, propertyNames) {
    let propertyCount = 0;
    for (const propertyName of propertyNames) {
        if (value.hasOwnProperty(propertyName)) {
            propertyCount += 1;
        }
    }
    return propertyCount;
}
/**
 * Throws a validation error if:
 *   (1) the value does not have exactly one modeled property set, or
 *   (2) the set property does not pass validation
 *
 * @param value union value to check
 * @param validators a map of validators, from (union) property name to validation function
 */
function validateValueAsUnion(value, validators) {
    let propertyCount = getPropertyCount(value, validators.keys());
    if (propertyCount != 1) {
        throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Union has ${propertyCount} properties set`);
    }
    for (const [propertyName, validator] of validators.entries()) {
        let propertyValue = value[propertyName];
        if (propertyValue && validator) {
            try {
                validator(propertyValue);
            }
            catch (err) {
                let rpcError = err;
                throw eventstream_rpc.createRpcError(eventstream_rpc.RpcErrorType.ValidationError, `Union property '${propertyName}' contains an invalid value`, new aws_crt_1.CrtError(rpcError.toString()));
            }
        }
    }
}
exports.validateValueAsUnion = validateValueAsUnion;
//# sourceMappingURL=eventstream_rpc_utils.js.map

/***/ }),

/***/ 65127:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscoveryClient = exports.DiscoveryError = exports.model = void 0;
/**
 * @packageDocumentation
 * @module greengrass
 * @mergeTarget
 */
const aws_crt_1 = __webpack_require__(228);
const util_utf8_browser_1 = __webpack_require__(50968);
const model = __importStar(__webpack_require__(93107));
exports.model = model;
/**
 * @category Greengrass
 */
class DiscoveryError extends Error {
    constructor(message, response_code) {
        super(message);
        this.response_code = response_code;
    }
}
exports.DiscoveryError = DiscoveryError;
/**
 * Greengrass Discovery Client
 *
 * API Documentation: https://docs.aws.amazon.com/greengrass/latest/developerguide/gg-discover-api.html
 *
 * @category Greengrass
 */
class DiscoveryClient {
    /**
     *
     * @param bootstrap The `ClientBootstrap` to use to make an HTTP connection to the Greengrass service
     * @param socket_options `SocketOptions` for HTTP connection to the Greengrass service
     * @param tls_ctx TLS Options for the HTTP connection to Greengrass service
     * @param region Region to send Greengrass discovery requests to (ignored if gg_server_name is set)
     * @param gg_server_name Optional name of greengrass endpoint
     */
    constructor(bootstrap, socket_options, tls_ctx, region, gg_server_name = "") {
        this.bootstrap = bootstrap;
        this.socket_options = socket_options;
        this.tls_ctx = tls_ctx;
        this.region = region;
        this.gg_server_name = gg_server_name;
        //allow user to use special endpoints
        if (this.gg_server_name !== "") {
            this.endpoint = this.gg_server_name;
        }
        else {
            this.endpoint = `greengrass-ats.iot.${region}.amazonaws.com`;
        }
        this.connection_manager = new aws_crt_1.http.HttpClientConnectionManager(this.bootstrap, this.endpoint, aws_crt_1.io.is_alpn_available() ? 443 : 8443, 4, 16 * 1024, this.socket_options, new aws_crt_1.io.TlsConnectionOptions(this.tls_ctx, this.endpoint, aws_crt_1.io.is_alpn_available() ? ['x-amzn-http-ca'] : undefined));
    }
    /**
     * Performs the discover API call for the supplied Thing, and returns any associated Greengrass
     * groups/cores/connection info.
     *
     * @param thing_name The name of your IoT Thing, as configured in the console for Greengrass
     */
    discover(thing_name) {
        return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
            this.connection_manager.acquire()
                .then((connection) => {
                const request = new aws_crt_1.http.HttpRequest('GET', `/greengrass/discover/thing/${thing_name}`, new aws_crt_1.http.HttpHeaders([['host', this.endpoint]]));
                const stream = connection.request(request);
                let response = '';
                stream.on('response', (status_code, headers) => {
                    if (status_code != 200) {
                        reject(new DiscoveryError(`Discovery failed (headers: ${headers})`, status_code));
                    }
                });
                stream.on('data', (body_data) => {
                    response += (0, util_utf8_browser_1.toUtf8)(new Uint8Array(body_data));
                });
                stream.on('end', () => {
                    const json = JSON.parse(response);
                    const discover_response = model.DiscoverResponse.from_json(json);
                    resolve(discover_response);
                });
                stream.on('error', (error) => {
                    reject(new DiscoveryError(error.toString()));
                });
                stream.activate();
            })
                .catch((reason) => {
                reject(new aws_crt_1.CrtError(reason));
            });
        }));
    }
}
exports.DiscoveryClient = DiscoveryClient;
//# sourceMappingURL=discoveryclient.js.map

/***/ }),

/***/ 93107:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscoverResponse = exports.GGGroup = exports.GGCore = exports.ConnectivityInfo = void 0;
/**
 * @packageDocumentation
 * @module greengrass
 */
const util_1 = __webpack_require__(39023);
/**
 * Describes a Greengrass core endpoint that a device can connect to
 *
 * API Documentation: https://docs.aws.amazon.com/greengrass/latest/developerguide/gg-discover-api.html
 *
 * @category Greengrass
 */
class ConnectivityInfo {
    constructor(
    /** Connectivity entry identifier */
    id, 
    /** Endpoint address */
    host_address, 
    /** Endpoint port */
    port, 
    /** Additional user-configurable metadata about the connectivity entry */
    metadata) {
        this.id = id;
        this.host_address = host_address;
        this.port = port;
        this.metadata = metadata;
    }
    /** @internal */
    static from_json(json) {
        return new ConnectivityInfo(json.Id, json.HostAddress, json.PortNumber, json.Metadata);
    }
}
exports.ConnectivityInfo = ConnectivityInfo;
/**
 * Describes a Greengrass Core
 *
 * API Documentation: https://docs.aws.amazon.com/greengrass/latest/developerguide/gg-discover-api.html
 *
 * @category Greengrass
 */
class GGCore {
    constructor(
    /** resource name of the IoT thing associated with a Greengrass core */
    thing_arn, 
    /** list of distinct ways to connect to the associated Greengrass core */
    connectivity) {
        this.thing_arn = thing_arn;
        this.connectivity = connectivity;
    }
    /** @internal */
    static from_json(json) {
        const connectivity = [];
        if (json.Connectivity && (0, util_1.isArray)(json.Connectivity)) {
            json.Connectivity.forEach((payload) => {
                connectivity.push(ConnectivityInfo.from_json(payload));
            });
        }
        return new GGCore(json.thingArn, connectivity);
    }
}
exports.GGCore = GGCore;
/**
 * Describes a Greengrass group
 *
 * API Documentation: https://docs.aws.amazon.com/greengrass/latest/developerguide/gg-discover-api.html
 *
 * @category Greengrass
 */
class GGGroup {
    constructor(
    /** identifier for the Greengrass group */
    gg_group_id, 
    /** List of Greengrass cores associated with the group */
    cores = [], 
    /** List of certificate authorities (in PEM format) associated with the Greengrass group */
    certificate_authorities = []) {
        this.gg_group_id = gg_group_id;
        this.cores = cores;
        this.certificate_authorities = certificate_authorities;
    }
    /** @internal */
    static from_json(json) {
        const cores = [];
        if (json.Cores && (0, util_1.isArray)(json.Cores)) {
            json.Cores.forEach((payload) => {
                cores.push(GGCore.from_json(payload));
            });
        }
        return new GGGroup(json.GGGroupId, cores, json.CAs);
    }
}
exports.GGGroup = GGGroup;
/**
 * Response returned from a {@link DiscoveryClient.discover} call
 *
 * API Documentation: https://docs.aws.amazon.com/greengrass/latest/developerguide/gg-discover-api.html
 *
 * @category Greengrass
 */
class DiscoverResponse {
    constructor(
    /** List of discovered Greengrass groups */
    gg_groups = []) {
        this.gg_groups = gg_groups;
    }
    /** @internal */
    static from_json(json) {
        const groups = [];
        if (json.GGGroups && (0, util_1.isArray)(json.GGGroups)) {
            json.GGGroups.forEach((payload) => {
                groups.push(GGGroup.from_json(payload));
            });
        }
        return new DiscoverResponse(groups);
    }
}
exports.DiscoverResponse = DiscoverResponse;
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 43054:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createClient = exports.createDefaultClientConfig = void 0;
/**
 * @packageDocumentation
 * @module greengrasscoreipc
 * @mergeTarget
 */
const greengrasscoreipc = __importStar(__webpack_require__(81894));
const eventstream_rpc = __importStar(__webpack_require__(46964));
const aws_crt_1 = __webpack_require__(228);
__exportStar(__webpack_require__(81894), exports);
/**
 * @return a default client configuration that can be used to connect to the Greengrass RPC service over
 *  domain sockets.
 */
function createDefaultClientConfig() {
    let envHostName = process.env.AWS_GG_NUCLEUS_DOMAIN_SOCKET_FILEPATH_FOR_COMPONENT;
    let envAuthToken = process.env.SVCUID;
    return {
        hostName: (envHostName) ? envHostName : "",
        port: 0,
        socketOptions: new aws_crt_1.io.SocketOptions(aws_crt_1.io.SocketType.STREAM, aws_crt_1.io.SocketDomain.LOCAL),
        connectTransform: (options) => __awaiter(this, void 0, void 0, function* () {
            let connectMessage = options.message;
            if (envAuthToken) {
                connectMessage.payload = JSON.stringify({
                    authToken: envAuthToken
                });
            }
            return connectMessage;
        })
    };
}
exports.createDefaultClientConfig = createDefaultClientConfig;
/**
 * Creates a new greengrass RPC client, using environment variables to guide configuration as needed
 *
 * @param config optional RPC configuration.  If not provided, a default configuration will be created.
 */
function createClient(config) {
    if (!config) {
        config = createDefaultClientConfig();
    }
    eventstream_rpc.validateRpcClientConfig(config);
    return new greengrasscoreipc.Client(config);
}
exports.createClient = createClient;
//# sourceMappingURL=greengrasscoreipc.js.map

/***/ }),

/***/ 81894:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Client = exports.model = void 0;
/* This file is generated */
/**
 * @packageDocumentation
 * @module greengrasscoreipc
 */
const model = __importStar(__webpack_require__(97208));
exports.model = model;
const model_utils = __importStar(__webpack_require__(2138));
const eventstream_rpc = __importStar(__webpack_require__(46964));
const events_1 = __webpack_require__(24434);
/**
 * A network client for interacting with the GreengrassCoreIPC service using the eventstream RPC protocol.
 *
 * Provides communication between Greengrass core and customer component
 */
class Client extends events_1.EventEmitter {
    /**
     * Constructor for a GreengrassCoreIPC service client.
     *
     * @param config client configuration settings
     */
    constructor(config) {
        super();
        this.serviceModel = model_utils.makeServiceModel();
        this.rpcClient = eventstream_rpc.RpcClient.new(config);
        this.rpcClient.on('disconnection', (eventData) => {
            setImmediate(() => {
                this.emit(Client.DISCONNECTION, eventData);
            });
        });
    }
    /**
     * Attempts to open an eventstream connection to the configured remote endpoint.  Returned promise will be fulfilled
     * if the transport-level connection is successfully established and the eventstream handshake completes without
     * error.
     *
     * connect() may only be called once.
     */
    connect() {
        return __awaiter(this, void 0, void 0, function* () {
            yield this.rpcClient.connect();
        });
    }
    /**
     * Shuts down the client and begins the process of releasing all native resources associated with the client
     * as well as any unclosed operations.  It is critical that this function be called when finished with the client;
     * otherwise, native resources will leak.
     *
     * The client tracks unclosed operations and, as part of this process, closes them as well.
     *
     * Once a client has been closed, it may no longer be used.
     */
    close() {
        return __awaiter(this, void 0, void 0, function* () {
            yield this.rpcClient.close();
        });
    }
    on(event, listener) {
        super.on(event, listener);
        return this;
    }
    /************************ Service Operations ************************/
    /**
     * Performs a AuthorizeClientDeviceAction operation.
     *
     * Send a request to authorize action on some resource
     *
     * @param request data describing the AuthorizeClientDeviceAction operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the AuthorizeClientDeviceAction operation's result, or rejected with an
     *    RpcError
     */
    authorizeClientDeviceAction(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#AuthorizeClientDeviceAction",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a CancelLocalDeployment operation.
     *
     * Cancel a local deployment on the device.
     *
     * @param request data describing the CancelLocalDeployment operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the CancelLocalDeployment operation's result, or rejected with an
     *    RpcError
     */
    cancelLocalDeployment(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#CancelLocalDeployment",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a CreateDebugPassword operation.
     *
     * Generate a password for the LocalDebugConsole component
     *
     * @param request data describing the CreateDebugPassword operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the CreateDebugPassword operation's result, or rejected with an
     *    RpcError
     */
    createDebugPassword(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#CreateDebugPassword",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a CreateLocalDeployment operation.
     *
     * Creates a local deployment on the device.  Also allows to remove existing components.
     *
     * @param request data describing the CreateLocalDeployment operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the CreateLocalDeployment operation's result, or rejected with an
     *    RpcError
     */
    createLocalDeployment(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#CreateLocalDeployment",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a DeferComponentUpdate operation.
     *
     * Defer the update of components by a given amount of time and check again after that.
     *
     * @param request data describing the DeferComponentUpdate operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the DeferComponentUpdate operation's result, or rejected with an
     *    RpcError
     */
    deferComponentUpdate(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#DeferComponentUpdate",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a DeleteThingShadow operation.
     *
     * Deletes a device shadow document stored in the local shadow service
     *
     * @param request data describing the DeleteThingShadow operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the DeleteThingShadow operation's result, or rejected with an
     *    RpcError
     */
    deleteThingShadow(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#DeleteThingShadow",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a GetClientDeviceAuthToken operation.
     *
     * Get session token for a client device
     *
     * @param request data describing the GetClientDeviceAuthToken operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the GetClientDeviceAuthToken operation's result, or rejected with an
     *    RpcError
     */
    getClientDeviceAuthToken(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#GetClientDeviceAuthToken",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a GetComponentDetails operation.
     *
     * Gets the status and version of the component with the given component name
     *
     * @param request data describing the GetComponentDetails operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the GetComponentDetails operation's result, or rejected with an
     *    RpcError
     */
    getComponentDetails(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#GetComponentDetails",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a GetConfiguration operation.
     *
     * Get value of a given key from the configuration
     *
     * @param request data describing the GetConfiguration operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the GetConfiguration operation's result, or rejected with an
     *    RpcError
     */
    getConfiguration(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#GetConfiguration",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a GetLocalDeploymentStatus operation.
     *
     * Get status of a local deployment with the given deploymentId
     *
     * @param request data describing the GetLocalDeploymentStatus operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the GetLocalDeploymentStatus operation's result, or rejected with an
     *    RpcError
     */
    getLocalDeploymentStatus(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#GetLocalDeploymentStatus",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a GetSecretValue operation.
     *
     * Retrieves a secret stored in AWS secrets manager
     *
     * @param request data describing the GetSecretValue operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the GetSecretValue operation's result, or rejected with an
     *    RpcError
     */
    getSecretValue(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#GetSecretValue",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a GetThingShadow operation.
     *
     * Retrieves a device shadow document stored by the local shadow service
     *
     * @param request data describing the GetThingShadow operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the GetThingShadow operation's result, or rejected with an
     *    RpcError
     */
    getThingShadow(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#GetThingShadow",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a ListComponents operation.
     *
     * Request for a list of components
     *
     * @param request data describing the ListComponents operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the ListComponents operation's result, or rejected with an
     *    RpcError
     */
    listComponents(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#ListComponents",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a ListLocalDeployments operation.
     *
     * Lists the last 5 local deployments along with their statuses
     *
     * @param request data describing the ListLocalDeployments operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the ListLocalDeployments operation's result, or rejected with an
     *    RpcError
     */
    listLocalDeployments(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#ListLocalDeployments",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a ListNamedShadowsForThing operation.
     *
     * Lists the named shadows for the specified thing
     *
     * @param request data describing the ListNamedShadowsForThing operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the ListNamedShadowsForThing operation's result, or rejected with an
     *    RpcError
     */
    listNamedShadowsForThing(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#ListNamedShadowsForThing",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a PauseComponent operation.
     *
     * Pause a running component
     *
     * @param request data describing the PauseComponent operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the PauseComponent operation's result, or rejected with an
     *    RpcError
     */
    pauseComponent(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#PauseComponent",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a PublishToIoTCore operation.
     *
     * Publish an MQTT message to AWS IoT message broker
     *
     * @param request data describing the PublishToIoTCore operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the PublishToIoTCore operation's result, or rejected with an
     *    RpcError
     */
    publishToIoTCore(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#PublishToIoTCore",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a PublishToTopic operation.
     *
     * Publish to a custom topic.
     *
     * @param request data describing the PublishToTopic operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the PublishToTopic operation's result, or rejected with an
     *    RpcError
     */
    publishToTopic(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#PublishToTopic",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a PutComponentMetric operation.
     *
     * Send component metrics
     * NOTE Only usable by AWS components
     *
     * @param request data describing the PutComponentMetric operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the PutComponentMetric operation's result, or rejected with an
     *    RpcError
     */
    putComponentMetric(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#PutComponentMetric",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a RestartComponent operation.
     *
     * Restarts a component with the given name
     *
     * @param request data describing the RestartComponent operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the RestartComponent operation's result, or rejected with an
     *    RpcError
     */
    restartComponent(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#RestartComponent",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a ResumeComponent operation.
     *
     * Resume a paused component
     *
     * @param request data describing the ResumeComponent operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the ResumeComponent operation's result, or rejected with an
     *    RpcError
     */
    resumeComponent(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#ResumeComponent",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a SendConfigurationValidityReport operation.
     *
     * This operation should be used in response to event received as part of SubscribeToValidateConfigurationUpdates
     * subscription. It is not necessary to send the report if the configuration is valid (GGC will wait for timeout
     * period and proceed). Sending the report with invalid config status will prevent GGC from applying the updates
     *
     * @param request data describing the SendConfigurationValidityReport operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the SendConfigurationValidityReport operation's result, or rejected with an
     *    RpcError
     */
    sendConfigurationValidityReport(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#SendConfigurationValidityReport",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a StopComponent operation.
     *
     * Stops a component with the given name
     *
     * @param request data describing the StopComponent operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the StopComponent operation's result, or rejected with an
     *    RpcError
     */
    stopComponent(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#StopComponent",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Creates a SubscribeToCertificateUpdates streaming operation.
     *
     * Create a subscription for new certificates
     *
     * Once created, the streaming operation must be started by a call to activate().
     *
     * If the operation allows for streaming input, the user may attach event listeners to receive messages.
     *
     * If the operation allows for streaming output, the user may call sendProtocolMessage() to send messages on
     * the operation's event stream once the operation has been activated.
     *
     * The user should close() a streaming operation once finished with it.  If close() is not called, the native
     * resources associated with the streaming operation will not be freed until the client is closed.
     *
     * @param request data describing the SubscribeToCertificateUpdates streaming operation to create
     * @param options additional eventstream options to use while this operation is active
     * @return a new StreamingOperation object
     */
    subscribeToCertificateUpdates(request, options) {
        let operationConfig = {
            name: "aws.greengrass#SubscribeToCertificateUpdates",
            client: this.rpcClient,
            options: (options) ? options : {}
        };
        return new eventstream_rpc.StreamingOperation(request, operationConfig, this.serviceModel);
    }
    /**
     * Creates a SubscribeToComponentUpdates streaming operation.
     *
     * Subscribe to receive notification if GGC is about to update any components
     *
     * Once created, the streaming operation must be started by a call to activate().
     *
     * If the operation allows for streaming input, the user may attach event listeners to receive messages.
     *
     * If the operation allows for streaming output, the user may call sendProtocolMessage() to send messages on
     * the operation's event stream once the operation has been activated.
     *
     * The user should close() a streaming operation once finished with it.  If close() is not called, the native
     * resources associated with the streaming operation will not be freed until the client is closed.
     *
     * @param request data describing the SubscribeToComponentUpdates streaming operation to create
     * @param options additional eventstream options to use while this operation is active
     * @return a new StreamingOperation object
     */
    subscribeToComponentUpdates(request, options) {
        let operationConfig = {
            name: "aws.greengrass#SubscribeToComponentUpdates",
            client: this.rpcClient,
            options: (options) ? options : {}
        };
        return new eventstream_rpc.StreamingOperation(request, operationConfig, this.serviceModel);
    }
    /**
     * Creates a SubscribeToConfigurationUpdate streaming operation.
     *
     * Subscribes to be notified when GGC updates the configuration for a given componentName and keyName.
     *
     * Once created, the streaming operation must be started by a call to activate().
     *
     * If the operation allows for streaming input, the user may attach event listeners to receive messages.
     *
     * If the operation allows for streaming output, the user may call sendProtocolMessage() to send messages on
     * the operation's event stream once the operation has been activated.
     *
     * The user should close() a streaming operation once finished with it.  If close() is not called, the native
     * resources associated with the streaming operation will not be freed until the client is closed.
     *
     * @param request data describing the SubscribeToConfigurationUpdate streaming operation to create
     * @param options additional eventstream options to use while this operation is active
     * @return a new StreamingOperation object
     */
    subscribeToConfigurationUpdate(request, options) {
        let operationConfig = {
            name: "aws.greengrass#SubscribeToConfigurationUpdate",
            client: this.rpcClient,
            options: (options) ? options : {}
        };
        return new eventstream_rpc.StreamingOperation(request, operationConfig, this.serviceModel);
    }
    /**
     * Creates a SubscribeToIoTCore streaming operation.
     *
     * Subscribe to a topic in AWS IoT message broker.
     *
     * Once created, the streaming operation must be started by a call to activate().
     *
     * If the operation allows for streaming input, the user may attach event listeners to receive messages.
     *
     * If the operation allows for streaming output, the user may call sendProtocolMessage() to send messages on
     * the operation's event stream once the operation has been activated.
     *
     * The user should close() a streaming operation once finished with it.  If close() is not called, the native
     * resources associated with the streaming operation will not be freed until the client is closed.
     *
     * @param request data describing the SubscribeToIoTCore streaming operation to create
     * @param options additional eventstream options to use while this operation is active
     * @return a new StreamingOperation object
     */
    subscribeToIoTCore(request, options) {
        let operationConfig = {
            name: "aws.greengrass#SubscribeToIoTCore",
            client: this.rpcClient,
            options: (options) ? options : {}
        };
        return new eventstream_rpc.StreamingOperation(request, operationConfig, this.serviceModel);
    }
    /**
     * Creates a SubscribeToTopic streaming operation.
     *
     * Creates a subscription for a custom topic
     *
     * Once created, the streaming operation must be started by a call to activate().
     *
     * If the operation allows for streaming input, the user may attach event listeners to receive messages.
     *
     * If the operation allows for streaming output, the user may call sendProtocolMessage() to send messages on
     * the operation's event stream once the operation has been activated.
     *
     * The user should close() a streaming operation once finished with it.  If close() is not called, the native
     * resources associated with the streaming operation will not be freed until the client is closed.
     *
     * @param request data describing the SubscribeToTopic streaming operation to create
     * @param options additional eventstream options to use while this operation is active
     * @return a new StreamingOperation object
     */
    subscribeToTopic(request, options) {
        let operationConfig = {
            name: "aws.greengrass#SubscribeToTopic",
            client: this.rpcClient,
            options: (options) ? options : {}
        };
        return new eventstream_rpc.StreamingOperation(request, operationConfig, this.serviceModel);
    }
    /**
     * Creates a SubscribeToValidateConfigurationUpdates streaming operation.
     *
     * Subscribes to be notified when GGC is about to update configuration for this component
GGC will wait for a timeout period before it proceeds with the update.
If the new configuration is not valid this component can use the SendConfigurationValidityReport
operation to indicate that
     *
     * Once created, the streaming operation must be started by a call to activate().
     *
     * If the operation allows for streaming input, the user may attach event listeners to receive messages.
     *
     * If the operation allows for streaming output, the user may call sendProtocolMessage() to send messages on
     * the operation's event stream once the operation has been activated.
     *
     * The user should close() a streaming operation once finished with it.  If close() is not called, the native
     * resources associated with the streaming operation will not be freed until the client is closed.
     *
     * @param request data describing the SubscribeToValidateConfigurationUpdates streaming operation to create
     * @param options additional eventstream options to use while this operation is active
     * @return a new StreamingOperation object
     */
    subscribeToValidateConfigurationUpdates(request, options) {
        let operationConfig = {
            name: "aws.greengrass#SubscribeToValidateConfigurationUpdates",
            client: this.rpcClient,
            options: (options) ? options : {}
        };
        return new eventstream_rpc.StreamingOperation(request, operationConfig, this.serviceModel);
    }
    /**
     * Performs a UpdateConfiguration operation.
     *
     * Update this component's configuration by replacing the value of given keyName with the newValue.
     * If an oldValue is specified then update will only take effect id the current value matches the given oldValue
     *
     * @param request data describing the UpdateConfiguration operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the UpdateConfiguration operation's result, or rejected with an
     *    RpcError
     */
    updateConfiguration(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#UpdateConfiguration",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a UpdateState operation.
     *
     * Update status of this component
     *
     * @param request data describing the UpdateState operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the UpdateState operation's result, or rejected with an
     *    RpcError
     */
    updateState(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#UpdateState",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a UpdateThingShadow operation.
     *
     * Updates a device shadow document stored in the local shadow service
     * The update is an upsert operation, with optimistic locking support
     *
     * @param request data describing the UpdateThingShadow operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the UpdateThingShadow operation's result, or rejected with an
     *    RpcError
     */
    updateThingShadow(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#UpdateThingShadow",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a ValidateAuthorizationToken operation.
     *
     * Validate authorization token
     * NOTE This API can be used only by stream manager, customer component calling this API will receive UnauthorizedError
     *
     * @param request data describing the ValidateAuthorizationToken operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the ValidateAuthorizationToken operation's result, or rejected with an
     *    RpcError
     */
    validateAuthorizationToken(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#ValidateAuthorizationToken",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
    /**
     * Performs a VerifyClientDeviceIdentity operation.
     *
     * Verify client device credentials
     *
     * @param request data describing the VerifyClientDeviceIdentity operation to perform
     * @param options additional eventstream options to use while performing this operation
     * @return a Promise that is resolved with the VerifyClientDeviceIdentity operation's result, or rejected with an
     *    RpcError
     */
    verifyClientDeviceIdentity(request, options) {
        return __awaiter(this, void 0, void 0, function* () {
            let operationConfig = {
                name: "aws.greengrass#VerifyClientDeviceIdentity",
                client: this.rpcClient,
                options: (options) ? options : {}
            };
            let operation = new eventstream_rpc.RequestResponseOperation(operationConfig, this.serviceModel);
            return yield operation.activate(request);
        });
    }
}
exports.Client = Client;
/**
 * Event emitted when the client's underlying network connection is ended.  Only emitted if the connection
 * was previously successfully established.
 *
 * Listener type: {@link eventstream_rpc.DisconnectionListener}
 *
 * @event
 */
Client.DISCONNECTION = 'disconnection';
//# sourceMappingURL=client.js.map

/***/ }),

/***/ 97208:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.QOS = exports.ReceiveMode = exports.ReportedLifecycleState = exports.RequestStatus = exports.FailureHandlingPolicy = exports.CertificateType = exports.ConfigurationValidityStatus = exports.PayloadFormat = exports.MetricUnitType = exports.LifecycleState = exports.DeploymentStatus = exports.DetailedDeploymentStatus = void 0;
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var DetailedDeploymentStatus;
(function (DetailedDeploymentStatus) {
    DetailedDeploymentStatus["SUCCESSFUL"] = "SUCCESSFUL";
    DetailedDeploymentStatus["FAILED_NO_STATE_CHANGE"] = "FAILED_NO_STATE_CHANGE";
    DetailedDeploymentStatus["FAILED_ROLLBACK_NOT_REQUESTED"] = "FAILED_ROLLBACK_NOT_REQUESTED";
    DetailedDeploymentStatus["FAILED_ROLLBACK_COMPLETE"] = "FAILED_ROLLBACK_COMPLETE";
    DetailedDeploymentStatus["REJECTED"] = "REJECTED";
})(DetailedDeploymentStatus = exports.DetailedDeploymentStatus || (exports.DetailedDeploymentStatus = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var DeploymentStatus;
(function (DeploymentStatus) {
    DeploymentStatus["QUEUED"] = "QUEUED";
    DeploymentStatus["IN_PROGRESS"] = "IN_PROGRESS";
    DeploymentStatus["SUCCEEDED"] = "SUCCEEDED";
    DeploymentStatus["FAILED"] = "FAILED";
    DeploymentStatus["CANCELED"] = "CANCELED";
})(DeploymentStatus = exports.DeploymentStatus || (exports.DeploymentStatus = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var LifecycleState;
(function (LifecycleState) {
    LifecycleState["RUNNING"] = "RUNNING";
    LifecycleState["ERRORED"] = "ERRORED";
    LifecycleState["NEW"] = "NEW";
    LifecycleState["FINISHED"] = "FINISHED";
    LifecycleState["INSTALLED"] = "INSTALLED";
    LifecycleState["BROKEN"] = "BROKEN";
    LifecycleState["STARTING"] = "STARTING";
    LifecycleState["STOPPING"] = "STOPPING";
})(LifecycleState = exports.LifecycleState || (exports.LifecycleState = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var MetricUnitType;
(function (MetricUnitType) {
    MetricUnitType["BYTES"] = "BYTES";
    MetricUnitType["BYTES_PER_SECOND"] = "BYTES_PER_SECOND";
    MetricUnitType["COUNT"] = "COUNT";
    MetricUnitType["COUNT_PER_SECOND"] = "COUNT_PER_SECOND";
    MetricUnitType["MEGABYTES"] = "MEGABYTES";
    MetricUnitType["SECONDS"] = "SECONDS";
})(MetricUnitType = exports.MetricUnitType || (exports.MetricUnitType = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var PayloadFormat;
(function (PayloadFormat) {
    PayloadFormat["BYTES"] = "0";
    PayloadFormat["UTF8"] = "1";
})(PayloadFormat = exports.PayloadFormat || (exports.PayloadFormat = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var ConfigurationValidityStatus;
(function (ConfigurationValidityStatus) {
    ConfigurationValidityStatus["ACCEPTED"] = "ACCEPTED";
    ConfigurationValidityStatus["REJECTED"] = "REJECTED";
})(ConfigurationValidityStatus = exports.ConfigurationValidityStatus || (exports.ConfigurationValidityStatus = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var CertificateType;
(function (CertificateType) {
    CertificateType["SERVER"] = "SERVER";
})(CertificateType = exports.CertificateType || (exports.CertificateType = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var FailureHandlingPolicy;
(function (FailureHandlingPolicy) {
    FailureHandlingPolicy["ROLLBACK"] = "ROLLBACK";
    FailureHandlingPolicy["DO_NOTHING"] = "DO_NOTHING";
})(FailureHandlingPolicy = exports.FailureHandlingPolicy || (exports.FailureHandlingPolicy = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var RequestStatus;
(function (RequestStatus) {
    RequestStatus["SUCCEEDED"] = "SUCCEEDED";
    RequestStatus["FAILED"] = "FAILED";
})(RequestStatus = exports.RequestStatus || (exports.RequestStatus = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var ReportedLifecycleState;
(function (ReportedLifecycleState) {
    ReportedLifecycleState["RUNNING"] = "RUNNING";
    ReportedLifecycleState["ERRORED"] = "ERRORED";
})(ReportedLifecycleState = exports.ReportedLifecycleState || (exports.ReportedLifecycleState = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var ReceiveMode;
(function (ReceiveMode) {
    ReceiveMode["RECEIVE_ALL_MESSAGES"] = "RECEIVE_ALL_MESSAGES";
    ReceiveMode["RECEIVE_MESSAGES_FROM_OTHERS"] = "RECEIVE_MESSAGES_FROM_OTHERS";
})(ReceiveMode = exports.ReceiveMode || (exports.ReceiveMode = {}));
/**
 * To preserve backwards compatibility, no validation is performed on enum-valued fields.
 */
var QOS;
(function (QOS) {
    QOS["AT_MOST_ONCE"] = "0";
    QOS["AT_LEAST_ONCE"] = "1";
})(QOS = exports.QOS || (exports.QOS = {}));
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 2138:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeCancelLocalDeploymentResponse = exports.normalizeListNamedShadowsForThingRequest = exports.normalizeListNamedShadowsForThingResponse = exports.normalizeSubscribeToComponentUpdatesRequest = exports.normalizeSubscribeToComponentUpdatesResponse = exports.normalizeListLocalDeploymentsRequest = exports.normalizeListLocalDeploymentsResponse = exports.normalizeStopComponentRequest = exports.normalizeStopComponentResponse = exports.normalizeComponentNotFoundError = exports.normalizePauseComponentRequest = exports.normalizePauseComponentResponse = exports.normalizeUnauthorizedError = exports.normalizeResourceNotFoundError = exports.normalizeCreateLocalDeploymentRequest = exports.normalizeCreateLocalDeploymentResponse = exports.normalizeServiceError = exports.normalizeInvalidRecipeDirectoryPathError = exports.normalizeInvalidArtifactsDirectoryPathError = exports.normalizeInvalidArgumentsError = exports.normalizeIoTCoreMessage = exports.normalizeConfigurationUpdateEvents = exports.normalizeValidateConfigurationUpdateEvents = exports.normalizeSubscriptionResponseMessage = exports.normalizeCredentialDocument = exports.normalizePublishMessage = exports.normalizeCertificateOptions = exports.normalizeCertificateUpdateEvent = exports.normalizeClientDeviceCredential = exports.normalizeConfigurationValidityReport = exports.normalizeSecretValue = exports.normalizeComponentUpdatePolicyEvents = exports.normalizeMQTTMessage = exports.normalizeConfigurationUpdateEvent = exports.normalizeMetric = exports.normalizeValidateConfigurationUpdateEvent = exports.normalizeMQTTCredential = exports.normalizeJsonMessage = exports.normalizeBinaryMessage = exports.normalizeCertificateUpdate = exports.normalizeComponentDetails = exports.normalizePreComponentUpdateEvent = exports.normalizePostComponentUpdateEvent = exports.normalizeLocalDeployment = exports.normalizeRunWithInfo = exports.normalizeMessageContext = exports.normalizeDeploymentStatusDetails = exports.normalizeSystemResourceLimits = exports.normalizeUserProperty = exports.makeServiceModel = void 0;
exports.normalizePutComponentMetricRequest = exports.normalizePutComponentMetricResponse = exports.normalizeDeferComponentUpdateRequest = exports.normalizeDeferComponentUpdateResponse = exports.normalizeSubscribeToValidateConfigurationUpdatesRequest = exports.normalizeSubscribeToValidateConfigurationUpdatesResponse = exports.normalizeGetConfigurationRequest = exports.normalizeGetConfigurationResponse = exports.normalizeSubscribeToTopicRequest = exports.normalizeSubscribeToTopicResponse = exports.normalizeGetComponentDetailsRequest = exports.normalizeGetComponentDetailsResponse = exports.normalizeGetClientDeviceAuthTokenRequest = exports.normalizeGetClientDeviceAuthTokenResponse = exports.normalizeInvalidCredentialError = exports.normalizePublishToTopicRequest = exports.normalizePublishToTopicResponse = exports.normalizeSubscribeToCertificateUpdatesRequest = exports.normalizeSubscribeToCertificateUpdatesResponse = exports.normalizeVerifyClientDeviceIdentityRequest = exports.normalizeVerifyClientDeviceIdentityResponse = exports.normalizeAuthorizeClientDeviceActionRequest = exports.normalizeAuthorizeClientDeviceActionResponse = exports.normalizeInvalidClientDeviceAuthTokenError = exports.normalizeListComponentsRequest = exports.normalizeListComponentsResponse = exports.normalizeCreateDebugPasswordRequest = exports.normalizeCreateDebugPasswordResponse = exports.normalizeGetThingShadowRequest = exports.normalizeGetThingShadowResponse = exports.normalizeSendConfigurationValidityReportRequest = exports.normalizeSendConfigurationValidityReportResponse = exports.normalizeUpdateThingShadowRequest = exports.normalizeUpdateThingShadowResponse = exports.normalizeUpdateConfigurationRequest = exports.normalizeUpdateConfigurationResponse = exports.normalizeConflictError = exports.normalizeFailedUpdateConditionCheckError = exports.normalizeValidateAuthorizationTokenRequest = exports.normalizeValidateAuthorizationTokenResponse = exports.normalizeInvalidTokenError = exports.normalizeRestartComponentRequest = exports.normalizeRestartComponentResponse = exports.normalizeGetLocalDeploymentStatusRequest = exports.normalizeGetLocalDeploymentStatusResponse = exports.normalizeGetSecretValueRequest = exports.normalizeGetSecretValueResponse = exports.normalizeUpdateStateRequest = exports.normalizeUpdateStateResponse = exports.normalizeCancelLocalDeploymentRequest = void 0;
exports.validateComponentNotFoundError = exports.validatePauseComponentRequest = exports.validatePauseComponentResponse = exports.validateUnauthorizedError = exports.validateResourceNotFoundError = exports.validateCreateLocalDeploymentRequest = exports.validateCreateLocalDeploymentResponse = exports.validateServiceError = exports.validateInvalidRecipeDirectoryPathError = exports.validateInvalidArtifactsDirectoryPathError = exports.validateInvalidArgumentsError = exports.validateIoTCoreMessage = exports.validateConfigurationUpdateEvents = exports.validateValidateConfigurationUpdateEvents = exports.validateSubscriptionResponseMessage = exports.validateCredentialDocument = exports.validatePublishMessage = exports.validateCertificateOptions = exports.validateCertificateUpdateEvent = exports.validateClientDeviceCredential = exports.validateConfigurationValidityReport = exports.validateSecretValue = exports.validateComponentUpdatePolicyEvents = exports.validateMQTTMessage = exports.validateConfigurationUpdateEvent = exports.validateMetric = exports.validateValidateConfigurationUpdateEvent = exports.validateMQTTCredential = exports.validateJsonMessage = exports.validateBinaryMessage = exports.validateCertificateUpdate = exports.validateComponentDetails = exports.validatePreComponentUpdateEvent = exports.validatePostComponentUpdateEvent = exports.validateLocalDeployment = exports.validateRunWithInfo = exports.validateMessageContext = exports.validateDeploymentStatusDetails = exports.validateSystemResourceLimits = exports.validateUserProperty = exports.normalizeSubscribeToIoTCoreRequest = exports.normalizeSubscribeToIoTCoreResponse = exports.normalizeResumeComponentRequest = exports.normalizeResumeComponentResponse = exports.normalizePublishToIoTCoreRequest = exports.normalizePublishToIoTCoreResponse = exports.normalizeSubscribeToConfigurationUpdateRequest = exports.normalizeSubscribeToConfigurationUpdateResponse = exports.normalizeDeleteThingShadowRequest = exports.normalizeDeleteThingShadowResponse = void 0;
exports.validateSubscribeToTopicResponse = exports.validateGetComponentDetailsRequest = exports.validateGetComponentDetailsResponse = exports.validateGetClientDeviceAuthTokenRequest = exports.validateGetClientDeviceAuthTokenResponse = exports.validateInvalidCredentialError = exports.validatePublishToTopicRequest = exports.validatePublishToTopicResponse = exports.validateSubscribeToCertificateUpdatesRequest = exports.validateSubscribeToCertificateUpdatesResponse = exports.validateVerifyClientDeviceIdentityRequest = exports.validateVerifyClientDeviceIdentityResponse = exports.validateAuthorizeClientDeviceActionRequest = exports.validateAuthorizeClientDeviceActionResponse = exports.validateInvalidClientDeviceAuthTokenError = exports.validateListComponentsRequest = exports.validateListComponentsResponse = exports.validateCreateDebugPasswordRequest = exports.validateCreateDebugPasswordResponse = exports.validateGetThingShadowRequest = exports.validateGetThingShadowResponse = exports.validateSendConfigurationValidityReportRequest = exports.validateSendConfigurationValidityReportResponse = exports.validateUpdateThingShadowRequest = exports.validateUpdateThingShadowResponse = exports.validateUpdateConfigurationRequest = exports.validateUpdateConfigurationResponse = exports.validateConflictError = exports.validateFailedUpdateConditionCheckError = exports.validateValidateAuthorizationTokenRequest = exports.validateValidateAuthorizationTokenResponse = exports.validateInvalidTokenError = exports.validateRestartComponentRequest = exports.validateRestartComponentResponse = exports.validateGetLocalDeploymentStatusRequest = exports.validateGetLocalDeploymentStatusResponse = exports.validateGetSecretValueRequest = exports.validateGetSecretValueResponse = exports.validateUpdateStateRequest = exports.validateUpdateStateResponse = exports.validateCancelLocalDeploymentRequest = exports.validateCancelLocalDeploymentResponse = exports.validateListNamedShadowsForThingRequest = exports.validateListNamedShadowsForThingResponse = exports.validateSubscribeToComponentUpdatesRequest = exports.validateSubscribeToComponentUpdatesResponse = exports.validateListLocalDeploymentsRequest = exports.validateListLocalDeploymentsResponse = exports.validateStopComponentRequest = exports.validateStopComponentResponse = void 0;
exports.deserializeInvalidArtifactsDirectoryPathError = exports.deserializeInvalidArgumentsError = exports.deserializeIoTCoreMessage = exports.deserializeConfigurationUpdateEvents = exports.deserializeValidateConfigurationUpdateEvents = exports.deserializeSubscriptionResponseMessage = exports.deserializeCredentialDocument = exports.deserializePublishMessage = exports.deserializeCertificateOptions = exports.deserializeCertificateUpdateEvent = exports.deserializeClientDeviceCredential = exports.deserializeConfigurationValidityReport = exports.deserializeSecretValue = exports.deserializeComponentUpdatePolicyEvents = exports.deserializeMQTTMessage = exports.deserializeConfigurationUpdateEvent = exports.deserializeMetric = exports.deserializeValidateConfigurationUpdateEvent = exports.deserializeMQTTCredential = exports.deserializeJsonMessage = exports.deserializeBinaryMessage = exports.deserializeCertificateUpdate = exports.deserializeComponentDetails = exports.deserializePreComponentUpdateEvent = exports.deserializePostComponentUpdateEvent = exports.deserializeLocalDeployment = exports.deserializeRunWithInfo = exports.deserializeMessageContext = exports.deserializeDeploymentStatusDetails = exports.deserializeSystemResourceLimits = exports.deserializeUserProperty = exports.validateSubscribeToIoTCoreRequest = exports.validateSubscribeToIoTCoreResponse = exports.validateResumeComponentRequest = exports.validateResumeComponentResponse = exports.validatePublishToIoTCoreRequest = exports.validatePublishToIoTCoreResponse = exports.validateSubscribeToConfigurationUpdateRequest = exports.validateSubscribeToConfigurationUpdateResponse = exports.validateDeleteThingShadowRequest = exports.validateDeleteThingShadowResponse = exports.validatePutComponentMetricRequest = exports.validatePutComponentMetricResponse = exports.validateDeferComponentUpdateRequest = exports.validateDeferComponentUpdateResponse = exports.validateSubscribeToValidateConfigurationUpdatesRequest = exports.validateSubscribeToValidateConfigurationUpdatesResponse = exports.validateGetConfigurationRequest = exports.validateGetConfigurationResponse = exports.validateSubscribeToTopicRequest = void 0;
exports.deserializeSubscribeToCertificateUpdatesResponse = exports.deserializeVerifyClientDeviceIdentityRequest = exports.deserializeVerifyClientDeviceIdentityResponse = exports.deserializeAuthorizeClientDeviceActionRequest = exports.deserializeAuthorizeClientDeviceActionResponse = exports.deserializeInvalidClientDeviceAuthTokenError = exports.deserializeListComponentsRequest = exports.deserializeListComponentsResponse = exports.deserializeCreateDebugPasswordRequest = exports.deserializeCreateDebugPasswordResponse = exports.deserializeGetThingShadowRequest = exports.deserializeGetThingShadowResponse = exports.deserializeSendConfigurationValidityReportRequest = exports.deserializeSendConfigurationValidityReportResponse = exports.deserializeUpdateThingShadowRequest = exports.deserializeUpdateThingShadowResponse = exports.deserializeUpdateConfigurationRequest = exports.deserializeUpdateConfigurationResponse = exports.deserializeConflictError = exports.deserializeFailedUpdateConditionCheckError = exports.deserializeValidateAuthorizationTokenRequest = exports.deserializeValidateAuthorizationTokenResponse = exports.deserializeInvalidTokenError = exports.deserializeRestartComponentRequest = exports.deserializeRestartComponentResponse = exports.deserializeGetLocalDeploymentStatusRequest = exports.deserializeGetLocalDeploymentStatusResponse = exports.deserializeGetSecretValueRequest = exports.deserializeGetSecretValueResponse = exports.deserializeUpdateStateRequest = exports.deserializeUpdateStateResponse = exports.deserializeCancelLocalDeploymentRequest = exports.deserializeCancelLocalDeploymentResponse = exports.deserializeListNamedShadowsForThingRequest = exports.deserializeListNamedShadowsForThingResponse = exports.deserializeSubscribeToComponentUpdatesRequest = exports.deserializeSubscribeToComponentUpdatesResponse = exports.deserializeListLocalDeploymentsRequest = exports.deserializeListLocalDeploymentsResponse = exports.deserializeStopComponentRequest = exports.deserializeStopComponentResponse = exports.deserializeComponentNotFoundError = exports.deserializePauseComponentRequest = exports.deserializePauseComponentResponse = exports.deserializeUnauthorizedError = exports.deserializeResourceNotFoundError = exports.deserializeCreateLocalDeploymentRequest = exports.deserializeCreateLocalDeploymentResponse = exports.deserializeServiceError = exports.deserializeInvalidRecipeDirectoryPathError = void 0;
exports.deserializeEventstreamMessageToVerifyClientDeviceIdentityResponse = exports.deserializeEventstreamMessageToSubscribeToComponentUpdatesResponse = exports.deserializeEventstreamMessageToListComponentsResponse = exports.deserializeEventstreamMessageToDeferComponentUpdateResponse = exports.deserializeEventstreamMessageToUpdateStateResponse = exports.deserializeEventstreamMessageToIoTCoreMessage = exports.deserializeEventstreamMessageToComponentUpdatePolicyEvents = exports.deserializeEventstreamMessageToPutComponentMetricResponse = exports.deserializeEventstreamMessageToGetComponentDetailsResponse = exports.deserializeEventstreamMessageToInvalidArgumentsError = exports.deserializeEventstreamMessageToResumeComponentResponse = exports.deserializeEventstreamMessageToListLocalDeploymentsResponse = exports.deserializeEventstreamMessageToInvalidRecipeDirectoryPathError = exports.deserializeEventstreamMessageToSubscribeToIoTCoreResponse = exports.deserializeEventstreamMessageToGetSecretValueResponse = exports.deserializeEventstreamMessageToCertificateUpdateEvent = exports.deserializeEventstreamMessageToComponentNotFoundError = exports.deserializeEventstreamMessageToListNamedShadowsForThingResponse = exports.deserializeEventstreamMessageToFailedUpdateConditionCheckError = exports.deserializeEventstreamMessageToSubscriptionResponseMessage = exports.deserializeEventstreamMessageToCreateDebugPasswordResponse = exports.deserializeEventstreamMessageToConflictError = exports.deserializeSubscribeToIoTCoreRequest = exports.deserializeSubscribeToIoTCoreResponse = exports.deserializeResumeComponentRequest = exports.deserializeResumeComponentResponse = exports.deserializePublishToIoTCoreRequest = exports.deserializePublishToIoTCoreResponse = exports.deserializeSubscribeToConfigurationUpdateRequest = exports.deserializeSubscribeToConfigurationUpdateResponse = exports.deserializeDeleteThingShadowRequest = exports.deserializeDeleteThingShadowResponse = exports.deserializePutComponentMetricRequest = exports.deserializePutComponentMetricResponse = exports.deserializeDeferComponentUpdateRequest = exports.deserializeDeferComponentUpdateResponse = exports.deserializeSubscribeToValidateConfigurationUpdatesRequest = exports.deserializeSubscribeToValidateConfigurationUpdatesResponse = exports.deserializeGetConfigurationRequest = exports.deserializeGetConfigurationResponse = exports.deserializeSubscribeToTopicRequest = exports.deserializeSubscribeToTopicResponse = exports.deserializeGetComponentDetailsRequest = exports.deserializeGetComponentDetailsResponse = exports.deserializeGetClientDeviceAuthTokenRequest = exports.deserializeGetClientDeviceAuthTokenResponse = exports.deserializeInvalidCredentialError = exports.deserializePublishToTopicRequest = exports.deserializePublishToTopicResponse = exports.deserializeSubscribeToCertificateUpdatesRequest = void 0;
exports.serializeSubscribeToTopicRequestToEventstreamMessage = exports.serializeListComponentsRequestToEventstreamMessage = exports.serializeGetSecretValueRequestToEventstreamMessage = exports.serializeDeferComponentUpdateRequestToEventstreamMessage = exports.serializeGetConfigurationRequestToEventstreamMessage = exports.serializeDeleteThingShadowRequestToEventstreamMessage = exports.serializePublishToIoTCoreRequestToEventstreamMessage = exports.serializePauseComponentRequestToEventstreamMessage = exports.serializeGetClientDeviceAuthTokenRequestToEventstreamMessage = exports.serializeValidateAuthorizationTokenRequestToEventstreamMessage = exports.serializeSendConfigurationValidityReportRequestToEventstreamMessage = exports.serializeListLocalDeploymentsRequestToEventstreamMessage = exports.serializeAuthorizeClientDeviceActionRequestToEventstreamMessage = exports.serializeVerifyClientDeviceIdentityRequestToEventstreamMessage = exports.serializeStopComponentRequestToEventstreamMessage = exports.serializeResumeComponentRequestToEventstreamMessage = exports.serializeUpdateThingShadowRequestToEventstreamMessage = exports.serializeCreateDebugPasswordRequestToEventstreamMessage = exports.serializePublishToTopicRequestToEventstreamMessage = exports.serializeGetComponentDetailsRequestToEventstreamMessage = exports.deserializeEventstreamMessageToCancelLocalDeploymentResponse = exports.deserializeEventstreamMessageToValidateConfigurationUpdateEvents = exports.deserializeEventstreamMessageToStopComponentResponse = exports.deserializeEventstreamMessageToConfigurationUpdateEvents = exports.deserializeEventstreamMessageToServiceError = exports.deserializeEventstreamMessageToSubscribeToValidateConfigurationUpdatesResponse = exports.deserializeEventstreamMessageToSubscribeToConfigurationUpdateResponse = exports.deserializeEventstreamMessageToDeleteThingShadowResponse = exports.deserializeEventstreamMessageToRestartComponentResponse = exports.deserializeEventstreamMessageToUpdateConfigurationResponse = exports.deserializeEventstreamMessageToSubscribeToCertificateUpdatesResponse = exports.deserializeEventstreamMessageToUnauthorizedError = exports.deserializeEventstreamMessageToPauseComponentResponse = exports.deserializeEventstreamMessageToGetLocalDeploymentStatusResponse = exports.deserializeEventstreamMessageToInvalidCredentialError = exports.deserializeEventstreamMessageToGetConfigurationResponse = exports.deserializeEventstreamMessageToAuthorizeClientDeviceActionResponse = exports.deserializeEventstreamMessageToUpdateThingShadowResponse = exports.deserializeEventstreamMessageToValidateAuthorizationTokenResponse = exports.deserializeEventstreamMessageToPublishToTopicResponse = exports.deserializeEventstreamMessageToCreateLocalDeploymentResponse = exports.deserializeEventstreamMessageToGetClientDeviceAuthTokenResponse = exports.deserializeEventstreamMessageToInvalidTokenError = exports.deserializeEventstreamMessageToSubscribeToTopicResponse = exports.deserializeEventstreamMessageToPublishToIoTCoreResponse = exports.deserializeEventstreamMessageToInvalidClientDeviceAuthTokenError = exports.deserializeEventstreamMessageToGetThingShadowResponse = exports.deserializeEventstreamMessageToSendConfigurationValidityReportResponse = exports.deserializeEventstreamMessageToInvalidArtifactsDirectoryPathError = exports.deserializeEventstreamMessageToResourceNotFoundError = void 0;
exports.serializeUpdateStateRequestToEventstreamMessage = exports.serializeSubscribeToIoTCoreRequestToEventstreamMessage = exports.serializeGetThingShadowRequestToEventstreamMessage = exports.serializeGetLocalDeploymentStatusRequestToEventstreamMessage = exports.serializeUpdateConfigurationRequestToEventstreamMessage = exports.serializeListNamedShadowsForThingRequestToEventstreamMessage = exports.serializeRestartComponentRequestToEventstreamMessage = exports.serializeSubscribeToComponentUpdatesRequestToEventstreamMessage = exports.serializeSubscribeToConfigurationUpdateRequestToEventstreamMessage = exports.serializePutComponentMetricRequestToEventstreamMessage = exports.serializeCreateLocalDeploymentRequestToEventstreamMessage = exports.serializeSubscribeToValidateConfigurationUpdatesRequestToEventstreamMessage = exports.serializeSubscribeToCertificateUpdatesRequestToEventstreamMessage = exports.serializeCancelLocalDeploymentRequestToEventstreamMessage = void 0;
/* This file is generated */
const eventstream_rpc_utils = __importStar(__webpack_require__(94662));
const aws_crt_1 = __webpack_require__(228);
const util_utf8_browser_1 = __webpack_require__(50968);
function createNormalizerMap() {
    return new Map([
        ["aws.greengrass#UserProperty", normalizeUserProperty],
        ["aws.greengrass#SystemResourceLimits", normalizeSystemResourceLimits],
        ["aws.greengrass#DeploymentStatusDetails", normalizeDeploymentStatusDetails],
        ["aws.greengrass#MessageContext", normalizeMessageContext],
        ["aws.greengrass#RunWithInfo", normalizeRunWithInfo],
        ["aws.greengrass#LocalDeployment", normalizeLocalDeployment],
        ["aws.greengrass#PostComponentUpdateEvent", normalizePostComponentUpdateEvent],
        ["aws.greengrass#PreComponentUpdateEvent", normalizePreComponentUpdateEvent],
        ["aws.greengrass#ComponentDetails", normalizeComponentDetails],
        ["aws.greengrass#CertificateUpdate", normalizeCertificateUpdate],
        ["aws.greengrass#BinaryMessage", normalizeBinaryMessage],
        ["aws.greengrass#JsonMessage", normalizeJsonMessage],
        ["aws.greengrass#MQTTCredential", normalizeMQTTCredential],
        ["aws.greengrass#ValidateConfigurationUpdateEvent", normalizeValidateConfigurationUpdateEvent],
        ["aws.greengrass#Metric", normalizeMetric],
        ["aws.greengrass#ConfigurationUpdateEvent", normalizeConfigurationUpdateEvent],
        ["aws.greengrass#MQTTMessage", normalizeMQTTMessage],
        ["aws.greengrass#ComponentUpdatePolicyEvents", normalizeComponentUpdatePolicyEvents],
        ["aws.greengrass#SecretValue", normalizeSecretValue],
        ["aws.greengrass#ConfigurationValidityReport", normalizeConfigurationValidityReport],
        ["aws.greengrass#ClientDeviceCredential", normalizeClientDeviceCredential],
        ["aws.greengrass#CertificateUpdateEvent", normalizeCertificateUpdateEvent],
        ["aws.greengrass#CertificateOptions", normalizeCertificateOptions],
        ["aws.greengrass#PublishMessage", normalizePublishMessage],
        ["aws.greengrass#CredentialDocument", normalizeCredentialDocument],
        ["aws.greengrass#SubscriptionResponseMessage", normalizeSubscriptionResponseMessage],
        ["aws.greengrass#ValidateConfigurationUpdateEvents", normalizeValidateConfigurationUpdateEvents],
        ["aws.greengrass#ConfigurationUpdateEvents", normalizeConfigurationUpdateEvents],
        ["aws.greengrass#IoTCoreMessage", normalizeIoTCoreMessage],
        ["aws.greengrass#InvalidArgumentsError", normalizeInvalidArgumentsError],
        ["aws.greengrass#InvalidArtifactsDirectoryPathError", normalizeInvalidArtifactsDirectoryPathError],
        ["aws.greengrass#InvalidRecipeDirectoryPathError", normalizeInvalidRecipeDirectoryPathError],
        ["aws.greengrass#ServiceError", normalizeServiceError],
        ["aws.greengrass#CreateLocalDeploymentResponse", normalizeCreateLocalDeploymentResponse],
        ["aws.greengrass#CreateLocalDeploymentRequest", normalizeCreateLocalDeploymentRequest],
        ["aws.greengrass#ResourceNotFoundError", normalizeResourceNotFoundError],
        ["aws.greengrass#UnauthorizedError", normalizeUnauthorizedError],
        ["aws.greengrass#PauseComponentResponse", normalizePauseComponentResponse],
        ["aws.greengrass#PauseComponentRequest", normalizePauseComponentRequest],
        ["aws.greengrass#ComponentNotFoundError", normalizeComponentNotFoundError],
        ["aws.greengrass#StopComponentResponse", normalizeStopComponentResponse],
        ["aws.greengrass#StopComponentRequest", normalizeStopComponentRequest],
        ["aws.greengrass#ListLocalDeploymentsResponse", normalizeListLocalDeploymentsResponse],
        ["aws.greengrass#ListLocalDeploymentsRequest", normalizeListLocalDeploymentsRequest],
        ["aws.greengrass#SubscribeToComponentUpdatesResponse", normalizeSubscribeToComponentUpdatesResponse],
        ["aws.greengrass#SubscribeToComponentUpdatesRequest", normalizeSubscribeToComponentUpdatesRequest],
        ["aws.greengrass#ListNamedShadowsForThingResponse", normalizeListNamedShadowsForThingResponse],
        ["aws.greengrass#ListNamedShadowsForThingRequest", normalizeListNamedShadowsForThingRequest],
        ["aws.greengrass#CancelLocalDeploymentResponse", normalizeCancelLocalDeploymentResponse],
        ["aws.greengrass#CancelLocalDeploymentRequest", normalizeCancelLocalDeploymentRequest],
        ["aws.greengrass#UpdateStateResponse", normalizeUpdateStateResponse],
        ["aws.greengrass#UpdateStateRequest", normalizeUpdateStateRequest],
        ["aws.greengrass#GetSecretValueResponse", normalizeGetSecretValueResponse],
        ["aws.greengrass#GetSecretValueRequest", normalizeGetSecretValueRequest],
        ["aws.greengrass#GetLocalDeploymentStatusResponse", normalizeGetLocalDeploymentStatusResponse],
        ["aws.greengrass#GetLocalDeploymentStatusRequest", normalizeGetLocalDeploymentStatusRequest],
        ["aws.greengrass#RestartComponentResponse", normalizeRestartComponentResponse],
        ["aws.greengrass#RestartComponentRequest", normalizeRestartComponentRequest],
        ["aws.greengrass#InvalidTokenError", normalizeInvalidTokenError],
        ["aws.greengrass#ValidateAuthorizationTokenResponse", normalizeValidateAuthorizationTokenResponse],
        ["aws.greengrass#ValidateAuthorizationTokenRequest", normalizeValidateAuthorizationTokenRequest],
        ["aws.greengrass#FailedUpdateConditionCheckError", normalizeFailedUpdateConditionCheckError],
        ["aws.greengrass#ConflictError", normalizeConflictError],
        ["aws.greengrass#UpdateConfigurationResponse", normalizeUpdateConfigurationResponse],
        ["aws.greengrass#UpdateConfigurationRequest", normalizeUpdateConfigurationRequest],
        ["aws.greengrass#UpdateThingShadowResponse", normalizeUpdateThingShadowResponse],
        ["aws.greengrass#UpdateThingShadowRequest", normalizeUpdateThingShadowRequest],
        ["aws.greengrass#SendConfigurationValidityReportResponse", normalizeSendConfigurationValidityReportResponse],
        ["aws.greengrass#SendConfigurationValidityReportRequest", normalizeSendConfigurationValidityReportRequest],
        ["aws.greengrass#GetThingShadowResponse", normalizeGetThingShadowResponse],
        ["aws.greengrass#GetThingShadowRequest", normalizeGetThingShadowRequest],
        ["aws.greengrass#CreateDebugPasswordResponse", normalizeCreateDebugPasswordResponse],
        ["aws.greengrass#CreateDebugPasswordRequest", normalizeCreateDebugPasswordRequest],
        ["aws.greengrass#ListComponentsResponse", normalizeListComponentsResponse],
        ["aws.greengrass#ListComponentsRequest", normalizeListComponentsRequest],
        ["aws.greengrass#InvalidClientDeviceAuthTokenError", normalizeInvalidClientDeviceAuthTokenError],
        ["aws.greengrass#AuthorizeClientDeviceActionResponse", normalizeAuthorizeClientDeviceActionResponse],
        ["aws.greengrass#AuthorizeClientDeviceActionRequest", normalizeAuthorizeClientDeviceActionRequest],
        ["aws.greengrass#VerifyClientDeviceIdentityResponse", normalizeVerifyClientDeviceIdentityResponse],
        ["aws.greengrass#VerifyClientDeviceIdentityRequest", normalizeVerifyClientDeviceIdentityRequest],
        ["aws.greengrass#SubscribeToCertificateUpdatesResponse", normalizeSubscribeToCertificateUpdatesResponse],
        ["aws.greengrass#SubscribeToCertificateUpdatesRequest", normalizeSubscribeToCertificateUpdatesRequest],
        ["aws.greengrass#PublishToTopicResponse", normalizePublishToTopicResponse],
        ["aws.greengrass#PublishToTopicRequest", normalizePublishToTopicRequest],
        ["aws.greengrass#InvalidCredentialError", normalizeInvalidCredentialError],
        ["aws.greengrass#GetClientDeviceAuthTokenResponse", normalizeGetClientDeviceAuthTokenResponse],
        ["aws.greengrass#GetClientDeviceAuthTokenRequest", normalizeGetClientDeviceAuthTokenRequest],
        ["aws.greengrass#GetComponentDetailsResponse", normalizeGetComponentDetailsResponse],
        ["aws.greengrass#GetComponentDetailsRequest", normalizeGetComponentDetailsRequest],
        ["aws.greengrass#SubscribeToTopicResponse", normalizeSubscribeToTopicResponse],
        ["aws.greengrass#SubscribeToTopicRequest", normalizeSubscribeToTopicRequest],
        ["aws.greengrass#GetConfigurationResponse", normalizeGetConfigurationResponse],
        ["aws.greengrass#GetConfigurationRequest", normalizeGetConfigurationRequest],
        ["aws.greengrass#SubscribeToValidateConfigurationUpdatesResponse", normalizeSubscribeToValidateConfigurationUpdatesResponse],
        ["aws.greengrass#SubscribeToValidateConfigurationUpdatesRequest", normalizeSubscribeToValidateConfigurationUpdatesRequest],
        ["aws.greengrass#DeferComponentUpdateResponse", normalizeDeferComponentUpdateResponse],
        ["aws.greengrass#DeferComponentUpdateRequest", normalizeDeferComponentUpdateRequest],
        ["aws.greengrass#PutComponentMetricResponse", normalizePutComponentMetricResponse],
        ["aws.greengrass#PutComponentMetricRequest", normalizePutComponentMetricRequest],
        ["aws.greengrass#DeleteThingShadowResponse", normalizeDeleteThingShadowResponse],
        ["aws.greengrass#DeleteThingShadowRequest", normalizeDeleteThingShadowRequest],
        ["aws.greengrass#SubscribeToConfigurationUpdateResponse", normalizeSubscribeToConfigurationUpdateResponse],
        ["aws.greengrass#SubscribeToConfigurationUpdateRequest", normalizeSubscribeToConfigurationUpdateRequest],
        ["aws.greengrass#PublishToIoTCoreResponse", normalizePublishToIoTCoreResponse],
        ["aws.greengrass#PublishToIoTCoreRequest", normalizePublishToIoTCoreRequest],
        ["aws.greengrass#ResumeComponentResponse", normalizeResumeComponentResponse],
        ["aws.greengrass#ResumeComponentRequest", normalizeResumeComponentRequest],
        ["aws.greengrass#SubscribeToIoTCoreResponse", normalizeSubscribeToIoTCoreResponse],
        ["aws.greengrass#SubscribeToIoTCoreRequest", normalizeSubscribeToIoTCoreRequest]
    ]);
}
function createValidatorMap() {
    return new Map([
        ["aws.greengrass#UserProperty", validateUserProperty],
        ["aws.greengrass#SystemResourceLimits", validateSystemResourceLimits],
        ["aws.greengrass#DeploymentStatusDetails", validateDeploymentStatusDetails],
        ["aws.greengrass#MessageContext", validateMessageContext],
        ["aws.greengrass#RunWithInfo", validateRunWithInfo],
        ["aws.greengrass#LocalDeployment", validateLocalDeployment],
        ["aws.greengrass#PostComponentUpdateEvent", validatePostComponentUpdateEvent],
        ["aws.greengrass#PreComponentUpdateEvent", validatePreComponentUpdateEvent],
        ["aws.greengrass#ComponentDetails", validateComponentDetails],
        ["aws.greengrass#CertificateUpdate", validateCertificateUpdate],
        ["aws.greengrass#BinaryMessage", validateBinaryMessage],
        ["aws.greengrass#JsonMessage", validateJsonMessage],
        ["aws.greengrass#MQTTCredential", validateMQTTCredential],
        ["aws.greengrass#ValidateConfigurationUpdateEvent", validateValidateConfigurationUpdateEvent],
        ["aws.greengrass#Metric", validateMetric],
        ["aws.greengrass#ConfigurationUpdateEvent", validateConfigurationUpdateEvent],
        ["aws.greengrass#MQTTMessage", validateMQTTMessage],
        ["aws.greengrass#ComponentUpdatePolicyEvents", validateComponentUpdatePolicyEvents],
        ["aws.greengrass#SecretValue", validateSecretValue],
        ["aws.greengrass#ConfigurationValidityReport", validateConfigurationValidityReport],
        ["aws.greengrass#ClientDeviceCredential", validateClientDeviceCredential],
        ["aws.greengrass#CertificateUpdateEvent", validateCertificateUpdateEvent],
        ["aws.greengrass#CertificateOptions", validateCertificateOptions],
        ["aws.greengrass#PublishMessage", validatePublishMessage],
        ["aws.greengrass#CredentialDocument", validateCredentialDocument],
        ["aws.greengrass#SubscriptionResponseMessage", validateSubscriptionResponseMessage],
        ["aws.greengrass#ValidateConfigurationUpdateEvents", validateValidateConfigurationUpdateEvents],
        ["aws.greengrass#ConfigurationUpdateEvents", validateConfigurationUpdateEvents],
        ["aws.greengrass#IoTCoreMessage", validateIoTCoreMessage],
        ["aws.greengrass#InvalidArgumentsError", validateInvalidArgumentsError],
        ["aws.greengrass#InvalidArtifactsDirectoryPathError", validateInvalidArtifactsDirectoryPathError],
        ["aws.greengrass#InvalidRecipeDirectoryPathError", validateInvalidRecipeDirectoryPathError],
        ["aws.greengrass#ServiceError", validateServiceError],
        ["aws.greengrass#CreateLocalDeploymentResponse", validateCreateLocalDeploymentResponse],
        ["aws.greengrass#CreateLocalDeploymentRequest", validateCreateLocalDeploymentRequest],
        ["aws.greengrass#ResourceNotFoundError", validateResourceNotFoundError],
        ["aws.greengrass#UnauthorizedError", validateUnauthorizedError],
        ["aws.greengrass#PauseComponentResponse", validatePauseComponentResponse],
        ["aws.greengrass#PauseComponentRequest", validatePauseComponentRequest],
        ["aws.greengrass#ComponentNotFoundError", validateComponentNotFoundError],
        ["aws.greengrass#StopComponentResponse", validateStopComponentResponse],
        ["aws.greengrass#StopComponentRequest", validateStopComponentRequest],
        ["aws.greengrass#ListLocalDeploymentsResponse", validateListLocalDeploymentsResponse],
        ["aws.greengrass#ListLocalDeploymentsRequest", validateListLocalDeploymentsRequest],
        ["aws.greengrass#SubscribeToComponentUpdatesResponse", validateSubscribeToComponentUpdatesResponse],
        ["aws.greengrass#SubscribeToComponentUpdatesRequest", validateSubscribeToComponentUpdatesRequest],
        ["aws.greengrass#ListNamedShadowsForThingResponse", validateListNamedShadowsForThingResponse],
        ["aws.greengrass#ListNamedShadowsForThingRequest", validateListNamedShadowsForThingRequest],
        ["aws.greengrass#CancelLocalDeploymentResponse", validateCancelLocalDeploymentResponse],
        ["aws.greengrass#CancelLocalDeploymentRequest", validateCancelLocalDeploymentRequest],
        ["aws.greengrass#UpdateStateResponse", validateUpdateStateResponse],
        ["aws.greengrass#UpdateStateRequest", validateUpdateStateRequest],
        ["aws.greengrass#GetSecretValueResponse", validateGetSecretValueResponse],
        ["aws.greengrass#GetSecretValueRequest", validateGetSecretValueRequest],
        ["aws.greengrass#GetLocalDeploymentStatusResponse", validateGetLocalDeploymentStatusResponse],
        ["aws.greengrass#GetLocalDeploymentStatusRequest", validateGetLocalDeploymentStatusRequest],
        ["aws.greengrass#RestartComponentResponse", validateRestartComponentResponse],
        ["aws.greengrass#RestartComponentRequest", validateRestartComponentRequest],
        ["aws.greengrass#InvalidTokenError", validateInvalidTokenError],
        ["aws.greengrass#ValidateAuthorizationTokenResponse", validateValidateAuthorizationTokenResponse],
        ["aws.greengrass#ValidateAuthorizationTokenRequest", validateValidateAuthorizationTokenRequest],
        ["aws.greengrass#FailedUpdateConditionCheckError", validateFailedUpdateConditionCheckError],
        ["aws.greengrass#ConflictError", validateConflictError],
        ["aws.greengrass#UpdateConfigurationResponse", validateUpdateConfigurationResponse],
        ["aws.greengrass#UpdateConfigurationRequest", validateUpdateConfigurationRequest],
        ["aws.greengrass#UpdateThingShadowResponse", validateUpdateThingShadowResponse],
        ["aws.greengrass#UpdateThingShadowRequest", validateUpdateThingShadowRequest],
        ["aws.greengrass#SendConfigurationValidityReportResponse", validateSendConfigurationValidityReportResponse],
        ["aws.greengrass#SendConfigurationValidityReportRequest", validateSendConfigurationValidityReportRequest],
        ["aws.greengrass#GetThingShadowResponse", validateGetThingShadowResponse],
        ["aws.greengrass#GetThingShadowRequest", validateGetThingShadowRequest],
        ["aws.greengrass#CreateDebugPasswordResponse", validateCreateDebugPasswordResponse],
        ["aws.greengrass#CreateDebugPasswordRequest", validateCreateDebugPasswordRequest],
        ["aws.greengrass#ListComponentsResponse", validateListComponentsResponse],
        ["aws.greengrass#ListComponentsRequest", validateListComponentsRequest],
        ["aws.greengrass#InvalidClientDeviceAuthTokenError", validateInvalidClientDeviceAuthTokenError],
        ["aws.greengrass#AuthorizeClientDeviceActionResponse", validateAuthorizeClientDeviceActionResponse],
        ["aws.greengrass#AuthorizeClientDeviceActionRequest", validateAuthorizeClientDeviceActionRequest],
        ["aws.greengrass#VerifyClientDeviceIdentityResponse", validateVerifyClientDeviceIdentityResponse],
        ["aws.greengrass#VerifyClientDeviceIdentityRequest", validateVerifyClientDeviceIdentityRequest],
        ["aws.greengrass#SubscribeToCertificateUpdatesResponse", validateSubscribeToCertificateUpdatesResponse],
        ["aws.greengrass#SubscribeToCertificateUpdatesRequest", validateSubscribeToCertificateUpdatesRequest],
        ["aws.greengrass#PublishToTopicResponse", validatePublishToTopicResponse],
        ["aws.greengrass#PublishToTopicRequest", validatePublishToTopicRequest],
        ["aws.greengrass#InvalidCredentialError", validateInvalidCredentialError],
        ["aws.greengrass#GetClientDeviceAuthTokenResponse", validateGetClientDeviceAuthTokenResponse],
        ["aws.greengrass#GetClientDeviceAuthTokenRequest", validateGetClientDeviceAuthTokenRequest],
        ["aws.greengrass#GetComponentDetailsResponse", validateGetComponentDetailsResponse],
        ["aws.greengrass#GetComponentDetailsRequest", validateGetComponentDetailsRequest],
        ["aws.greengrass#SubscribeToTopicResponse", validateSubscribeToTopicResponse],
        ["aws.greengrass#SubscribeToTopicRequest", validateSubscribeToTopicRequest],
        ["aws.greengrass#GetConfigurationResponse", validateGetConfigurationResponse],
        ["aws.greengrass#GetConfigurationRequest", validateGetConfigurationRequest],
        ["aws.greengrass#SubscribeToValidateConfigurationUpdatesResponse", validateSubscribeToValidateConfigurationUpdatesResponse],
        ["aws.greengrass#SubscribeToValidateConfigurationUpdatesRequest", validateSubscribeToValidateConfigurationUpdatesRequest],
        ["aws.greengrass#DeferComponentUpdateResponse", validateDeferComponentUpdateResponse],
        ["aws.greengrass#DeferComponentUpdateRequest", validateDeferComponentUpdateRequest],
        ["aws.greengrass#PutComponentMetricResponse", validatePutComponentMetricResponse],
        ["aws.greengrass#PutComponentMetricRequest", validatePutComponentMetricRequest],
        ["aws.greengrass#DeleteThingShadowResponse", validateDeleteThingShadowResponse],
        ["aws.greengrass#DeleteThingShadowRequest", validateDeleteThingShadowRequest],
        ["aws.greengrass#SubscribeToConfigurationUpdateResponse", validateSubscribeToConfigurationUpdateResponse],
        ["aws.greengrass#SubscribeToConfigurationUpdateRequest", validateSubscribeToConfigurationUpdateRequest],
        ["aws.greengrass#PublishToIoTCoreResponse", validatePublishToIoTCoreResponse],
        ["aws.greengrass#PublishToIoTCoreRequest", validatePublishToIoTCoreRequest],
        ["aws.greengrass#ResumeComponentResponse", validateResumeComponentResponse],
        ["aws.greengrass#ResumeComponentRequest", validateResumeComponentRequest],
        ["aws.greengrass#SubscribeToIoTCoreResponse", validateSubscribeToIoTCoreResponse],
        ["aws.greengrass#SubscribeToIoTCoreRequest", validateSubscribeToIoTCoreRequest]
    ]);
}
function createDeserializerMap() {
    return new Map([
        ["aws.greengrass#ConflictError", deserializeEventstreamMessageToConflictError],
        ["aws.greengrass#CreateDebugPasswordResponse", deserializeEventstreamMessageToCreateDebugPasswordResponse],
        ["aws.greengrass#SubscriptionResponseMessage", deserializeEventstreamMessageToSubscriptionResponseMessage],
        ["aws.greengrass#FailedUpdateConditionCheckError", deserializeEventstreamMessageToFailedUpdateConditionCheckError],
        ["aws.greengrass#ListNamedShadowsForThingResponse", deserializeEventstreamMessageToListNamedShadowsForThingResponse],
        ["aws.greengrass#ComponentNotFoundError", deserializeEventstreamMessageToComponentNotFoundError],
        ["aws.greengrass#CertificateUpdateEvent", deserializeEventstreamMessageToCertificateUpdateEvent],
        ["aws.greengrass#GetSecretValueResponse", deserializeEventstreamMessageToGetSecretValueResponse],
        ["aws.greengrass#SubscribeToIoTCoreResponse", deserializeEventstreamMessageToSubscribeToIoTCoreResponse],
        ["aws.greengrass#InvalidRecipeDirectoryPathError", deserializeEventstreamMessageToInvalidRecipeDirectoryPathError],
        ["aws.greengrass#ListLocalDeploymentsResponse", deserializeEventstreamMessageToListLocalDeploymentsResponse],
        ["aws.greengrass#ResumeComponentResponse", deserializeEventstreamMessageToResumeComponentResponse],
        ["aws.greengrass#InvalidArgumentsError", deserializeEventstreamMessageToInvalidArgumentsError],
        ["aws.greengrass#GetComponentDetailsResponse", deserializeEventstreamMessageToGetComponentDetailsResponse],
        ["aws.greengrass#PutComponentMetricResponse", deserializeEventstreamMessageToPutComponentMetricResponse],
        ["aws.greengrass#ComponentUpdatePolicyEvents", deserializeEventstreamMessageToComponentUpdatePolicyEvents],
        ["aws.greengrass#IoTCoreMessage", deserializeEventstreamMessageToIoTCoreMessage],
        ["aws.greengrass#UpdateStateResponse", deserializeEventstreamMessageToUpdateStateResponse],
        ["aws.greengrass#DeferComponentUpdateResponse", deserializeEventstreamMessageToDeferComponentUpdateResponse],
        ["aws.greengrass#ListComponentsResponse", deserializeEventstreamMessageToListComponentsResponse],
        ["aws.greengrass#SubscribeToComponentUpdatesResponse", deserializeEventstreamMessageToSubscribeToComponentUpdatesResponse],
        ["aws.greengrass#VerifyClientDeviceIdentityResponse", deserializeEventstreamMessageToVerifyClientDeviceIdentityResponse],
        ["aws.greengrass#ResourceNotFoundError", deserializeEventstreamMessageToResourceNotFoundError],
        ["aws.greengrass#InvalidArtifactsDirectoryPathError", deserializeEventstreamMessageToInvalidArtifactsDirectoryPathError],
        ["aws.greengrass#SendConfigurationValidityReportResponse", deserializeEventstreamMessageToSendConfigurationValidityReportResponse],
        ["aws.greengrass#GetThingShadowResponse", deserializeEventstreamMessageToGetThingShadowResponse],
        ["aws.greengrass#InvalidClientDeviceAuthTokenError", deserializeEventstreamMessageToInvalidClientDeviceAuthTokenError],
        ["aws.greengrass#PublishToIoTCoreResponse", deserializeEventstreamMessageToPublishToIoTCoreResponse],
        ["aws.greengrass#SubscribeToTopicResponse", deserializeEventstreamMessageToSubscribeToTopicResponse],
        ["aws.greengrass#InvalidTokenError", deserializeEventstreamMessageToInvalidTokenError],
        ["aws.greengrass#GetClientDeviceAuthTokenResponse", deserializeEventstreamMessageToGetClientDeviceAuthTokenResponse],
        ["aws.greengrass#CreateLocalDeploymentResponse", deserializeEventstreamMessageToCreateLocalDeploymentResponse],
        ["aws.greengrass#PublishToTopicResponse", deserializeEventstreamMessageToPublishToTopicResponse],
        ["aws.greengrass#ValidateAuthorizationTokenResponse", deserializeEventstreamMessageToValidateAuthorizationTokenResponse],
        ["aws.greengrass#UpdateThingShadowResponse", deserializeEventstreamMessageToUpdateThingShadowResponse],
        ["aws.greengrass#AuthorizeClientDeviceActionResponse", deserializeEventstreamMessageToAuthorizeClientDeviceActionResponse],
        ["aws.greengrass#GetConfigurationResponse", deserializeEventstreamMessageToGetConfigurationResponse],
        ["aws.greengrass#InvalidCredentialError", deserializeEventstreamMessageToInvalidCredentialError],
        ["aws.greengrass#GetLocalDeploymentStatusResponse", deserializeEventstreamMessageToGetLocalDeploymentStatusResponse],
        ["aws.greengrass#PauseComponentResponse", deserializeEventstreamMessageToPauseComponentResponse],
        ["aws.greengrass#UnauthorizedError", deserializeEventstreamMessageToUnauthorizedError],
        ["aws.greengrass#SubscribeToCertificateUpdatesResponse", deserializeEventstreamMessageToSubscribeToCertificateUpdatesResponse],
        ["aws.greengrass#UpdateConfigurationResponse", deserializeEventstreamMessageToUpdateConfigurationResponse],
        ["aws.greengrass#RestartComponentResponse", deserializeEventstreamMessageToRestartComponentResponse],
        ["aws.greengrass#DeleteThingShadowResponse", deserializeEventstreamMessageToDeleteThingShadowResponse],
        ["aws.greengrass#SubscribeToConfigurationUpdateResponse", deserializeEventstreamMessageToSubscribeToConfigurationUpdateResponse],
        ["aws.greengrass#SubscribeToValidateConfigurationUpdatesResponse", deserializeEventstreamMessageToSubscribeToValidateConfigurationUpdatesResponse],
        ["aws.greengrass#ServiceError", deserializeEventstreamMessageToServiceError],
        ["aws.greengrass#ConfigurationUpdateEvents", deserializeEventstreamMessageToConfigurationUpdateEvents],
        ["aws.greengrass#StopComponentResponse", deserializeEventstreamMessageToStopComponentResponse],
        ["aws.greengrass#ValidateConfigurationUpdateEvents", deserializeEventstreamMessageToValidateConfigurationUpdateEvents],
        ["aws.greengrass#CancelLocalDeploymentResponse", deserializeEventstreamMessageToCancelLocalDeploymentResponse]
    ]);
}
function createSerializerMap() {
    return new Map([
        ["aws.greengrass#GetComponentDetailsRequest", serializeGetComponentDetailsRequestToEventstreamMessage],
        ["aws.greengrass#PublishToTopicRequest", serializePublishToTopicRequestToEventstreamMessage],
        ["aws.greengrass#CreateDebugPasswordRequest", serializeCreateDebugPasswordRequestToEventstreamMessage],
        ["aws.greengrass#UpdateThingShadowRequest", serializeUpdateThingShadowRequestToEventstreamMessage],
        ["aws.greengrass#ResumeComponentRequest", serializeResumeComponentRequestToEventstreamMessage],
        ["aws.greengrass#StopComponentRequest", serializeStopComponentRequestToEventstreamMessage],
        ["aws.greengrass#VerifyClientDeviceIdentityRequest", serializeVerifyClientDeviceIdentityRequestToEventstreamMessage],
        ["aws.greengrass#AuthorizeClientDeviceActionRequest", serializeAuthorizeClientDeviceActionRequestToEventstreamMessage],
        ["aws.greengrass#ListLocalDeploymentsRequest", serializeListLocalDeploymentsRequestToEventstreamMessage],
        ["aws.greengrass#SendConfigurationValidityReportRequest", serializeSendConfigurationValidityReportRequestToEventstreamMessage],
        ["aws.greengrass#ValidateAuthorizationTokenRequest", serializeValidateAuthorizationTokenRequestToEventstreamMessage],
        ["aws.greengrass#GetClientDeviceAuthTokenRequest", serializeGetClientDeviceAuthTokenRequestToEventstreamMessage],
        ["aws.greengrass#PauseComponentRequest", serializePauseComponentRequestToEventstreamMessage],
        ["aws.greengrass#PublishToIoTCoreRequest", serializePublishToIoTCoreRequestToEventstreamMessage],
        ["aws.greengrass#DeleteThingShadowRequest", serializeDeleteThingShadowRequestToEventstreamMessage],
        ["aws.greengrass#GetConfigurationRequest", serializeGetConfigurationRequestToEventstreamMessage],
        ["aws.greengrass#DeferComponentUpdateRequest", serializeDeferComponentUpdateRequestToEventstreamMessage],
        ["aws.greengrass#GetSecretValueRequest", serializeGetSecretValueRequestToEventstreamMessage],
        ["aws.greengrass#ListComponentsRequest", serializeListComponentsRequestToEventstreamMessage],
        ["aws.greengrass#SubscribeToTopicRequest", serializeSubscribeToTopicRequestToEventstreamMessage],
        ["aws.greengrass#CancelLocalDeploymentRequest", serializeCancelLocalDeploymentRequestToEventstreamMessage],
        ["aws.greengrass#SubscribeToCertificateUpdatesRequest", serializeSubscribeToCertificateUpdatesRequestToEventstreamMessage],
        ["aws.greengrass#SubscribeToValidateConfigurationUpdatesRequest", serializeSubscribeToValidateConfigurationUpdatesRequestToEventstreamMessage],
        ["aws.greengrass#CreateLocalDeploymentRequest", serializeCreateLocalDeploymentRequestToEventstreamMessage],
        ["aws.greengrass#PutComponentMetricRequest", serializePutComponentMetricRequestToEventstreamMessage],
        ["aws.greengrass#SubscribeToConfigurationUpdateRequest", serializeSubscribeToConfigurationUpdateRequestToEventstreamMessage],
        ["aws.greengrass#SubscribeToComponentUpdatesRequest", serializeSubscribeToComponentUpdatesRequestToEventstreamMessage],
        ["aws.greengrass#RestartComponentRequest", serializeRestartComponentRequestToEventstreamMessage],
        ["aws.greengrass#ListNamedShadowsForThingRequest", serializeListNamedShadowsForThingRequestToEventstreamMessage],
        ["aws.greengrass#UpdateConfigurationRequest", serializeUpdateConfigurationRequestToEventstreamMessage],
        ["aws.greengrass#GetLocalDeploymentStatusRequest", serializeGetLocalDeploymentStatusRequestToEventstreamMessage],
        ["aws.greengrass#GetThingShadowRequest", serializeGetThingShadowRequestToEventstreamMessage],
        ["aws.greengrass#SubscribeToIoTCoreRequest", serializeSubscribeToIoTCoreRequestToEventstreamMessage],
        ["aws.greengrass#UpdateStateRequest", serializeUpdateStateRequestToEventstreamMessage]
    ]);
}
function createOperationMap() {
    return new Map([
        ["aws.greengrass#AuthorizeClientDeviceAction", {
                requestShape: "aws.greengrass#AuthorizeClientDeviceActionRequest",
                responseShape: "aws.greengrass#AuthorizeClientDeviceActionResponse",
                errorShapes: new Set([
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#InvalidArgumentsError",
                    "aws.greengrass#InvalidClientDeviceAuthTokenError"
                ])
            }],
        ["aws.greengrass#CancelLocalDeployment", {
                requestShape: "aws.greengrass#CancelLocalDeploymentRequest",
                responseShape: "aws.greengrass#CancelLocalDeploymentResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }],
        ["aws.greengrass#CreateDebugPassword", {
                requestShape: "aws.greengrass#CreateDebugPasswordRequest",
                responseShape: "aws.greengrass#CreateDebugPasswordResponse",
                errorShapes: new Set([
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ServiceError"
                ])
            }],
        ["aws.greengrass#CreateLocalDeployment", {
                requestShape: "aws.greengrass#CreateLocalDeploymentRequest",
                responseShape: "aws.greengrass#CreateLocalDeploymentResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#InvalidRecipeDirectoryPathError",
                    "aws.greengrass#InvalidArtifactsDirectoryPathError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }],
        ["aws.greengrass#DeferComponentUpdate", {
                requestShape: "aws.greengrass#DeferComponentUpdateRequest",
                responseShape: "aws.greengrass#DeferComponentUpdateResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }],
        ["aws.greengrass#DeleteThingShadow", {
                requestShape: "aws.greengrass#DeleteThingShadowRequest",
                responseShape: "aws.greengrass#DeleteThingShadowResponse",
                errorShapes: new Set([
                    "aws.greengrass#InvalidArgumentsError",
                    "aws.greengrass#ResourceNotFoundError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError"
                ])
            }],
        ["aws.greengrass#GetClientDeviceAuthToken", {
                requestShape: "aws.greengrass#GetClientDeviceAuthTokenRequest",
                responseShape: "aws.greengrass#GetClientDeviceAuthTokenResponse",
                errorShapes: new Set([
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#InvalidArgumentsError",
                    "aws.greengrass#InvalidCredentialError"
                ])
            }],
        ["aws.greengrass#GetComponentDetails", {
                requestShape: "aws.greengrass#GetComponentDetailsRequest",
                responseShape: "aws.greengrass#GetComponentDetailsResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }],
        ["aws.greengrass#GetConfiguration", {
                requestShape: "aws.greengrass#GetConfigurationRequest",
                responseShape: "aws.greengrass#GetConfigurationResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError"
                ])
            }],
        ["aws.greengrass#GetLocalDeploymentStatus", {
                requestShape: "aws.greengrass#GetLocalDeploymentStatusRequest",
                responseShape: "aws.greengrass#GetLocalDeploymentStatusResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError"
                ])
            }],
        ["aws.greengrass#GetSecretValue", {
                requestShape: "aws.greengrass#GetSecretValueRequest",
                responseShape: "aws.greengrass#GetSecretValueResponse",
                errorShapes: new Set([
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ResourceNotFoundError",
                    "aws.greengrass#ServiceError"
                ])
            }],
        ["aws.greengrass#GetThingShadow", {
                requestShape: "aws.greengrass#GetThingShadowRequest",
                responseShape: "aws.greengrass#GetThingShadowResponse",
                errorShapes: new Set([
                    "aws.greengrass#InvalidArgumentsError",
                    "aws.greengrass#ResourceNotFoundError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError"
                ])
            }],
        ["aws.greengrass#ListComponents", {
                requestShape: "aws.greengrass#ListComponentsRequest",
                responseShape: "aws.greengrass#ListComponentsResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError"
                ])
            }],
        ["aws.greengrass#ListLocalDeployments", {
                requestShape: "aws.greengrass#ListLocalDeploymentsRequest",
                responseShape: "aws.greengrass#ListLocalDeploymentsResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError"
                ])
            }],
        ["aws.greengrass#ListNamedShadowsForThing", {
                requestShape: "aws.greengrass#ListNamedShadowsForThingRequest",
                responseShape: "aws.greengrass#ListNamedShadowsForThingResponse",
                errorShapes: new Set([
                    "aws.greengrass#InvalidArgumentsError",
                    "aws.greengrass#ResourceNotFoundError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError"
                ])
            }],
        ["aws.greengrass#PauseComponent", {
                requestShape: "aws.greengrass#PauseComponentRequest",
                responseShape: "aws.greengrass#PauseComponentResponse",
                errorShapes: new Set([
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError"
                ])
            }],
        ["aws.greengrass#PublishToIoTCore", {
                requestShape: "aws.greengrass#PublishToIoTCoreRequest",
                responseShape: "aws.greengrass#PublishToIoTCoreResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError"
                ])
            }],
        ["aws.greengrass#PublishToTopic", {
                requestShape: "aws.greengrass#PublishToTopicRequest",
                responseShape: "aws.greengrass#PublishToTopicResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError"
                ])
            }],
        ["aws.greengrass#PutComponentMetric", {
                requestShape: "aws.greengrass#PutComponentMetricRequest",
                responseShape: "aws.greengrass#PutComponentMetricResponse",
                errorShapes: new Set([
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }],
        ["aws.greengrass#RestartComponent", {
                requestShape: "aws.greengrass#RestartComponentRequest",
                responseShape: "aws.greengrass#RestartComponentResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ComponentNotFoundError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }],
        ["aws.greengrass#ResumeComponent", {
                requestShape: "aws.greengrass#ResumeComponentRequest",
                responseShape: "aws.greengrass#ResumeComponentResponse",
                errorShapes: new Set([
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError"
                ])
            }],
        ["aws.greengrass#SendConfigurationValidityReport", {
                requestShape: "aws.greengrass#SendConfigurationValidityReportRequest",
                responseShape: "aws.greengrass#SendConfigurationValidityReportResponse",
                errorShapes: new Set([
                    "aws.greengrass#InvalidArgumentsError",
                    "aws.greengrass#ServiceError"
                ])
            }],
        ["aws.greengrass#StopComponent", {
                requestShape: "aws.greengrass#StopComponentRequest",
                responseShape: "aws.greengrass#StopComponentResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ComponentNotFoundError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }],
        ["aws.greengrass#SubscribeToCertificateUpdates", {
                requestShape: "aws.greengrass#SubscribeToCertificateUpdatesRequest",
                responseShape: "aws.greengrass#SubscribeToCertificateUpdatesResponse",
                inboundMessageShape: "aws.greengrass#CertificateUpdateEvent",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }],
        ["aws.greengrass#SubscribeToComponentUpdates", {
                requestShape: "aws.greengrass#SubscribeToComponentUpdatesRequest",
                responseShape: "aws.greengrass#SubscribeToComponentUpdatesResponse",
                inboundMessageShape: "aws.greengrass#ComponentUpdatePolicyEvents",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError"
                ])
            }],
        ["aws.greengrass#SubscribeToConfigurationUpdate", {
                requestShape: "aws.greengrass#SubscribeToConfigurationUpdateRequest",
                responseShape: "aws.greengrass#SubscribeToConfigurationUpdateResponse",
                inboundMessageShape: "aws.greengrass#ConfigurationUpdateEvents",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError"
                ])
            }],
        ["aws.greengrass#SubscribeToIoTCore", {
                requestShape: "aws.greengrass#SubscribeToIoTCoreRequest",
                responseShape: "aws.greengrass#SubscribeToIoTCoreResponse",
                inboundMessageShape: "aws.greengrass#IoTCoreMessage",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError"
                ])
            }],
        ["aws.greengrass#SubscribeToTopic", {
                requestShape: "aws.greengrass#SubscribeToTopicRequest",
                responseShape: "aws.greengrass#SubscribeToTopicResponse",
                inboundMessageShape: "aws.greengrass#SubscriptionResponseMessage",
                errorShapes: new Set([
                    "aws.greengrass#InvalidArgumentsError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError"
                ])
            }],
        ["aws.greengrass#SubscribeToValidateConfigurationUpdates", {
                requestShape: "aws.greengrass#SubscribeToValidateConfigurationUpdatesRequest",
                responseShape: "aws.greengrass#SubscribeToValidateConfigurationUpdatesResponse",
                inboundMessageShape: "aws.greengrass#ValidateConfigurationUpdateEvents",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError"
                ])
            }],
        ["aws.greengrass#UpdateConfiguration", {
                requestShape: "aws.greengrass#UpdateConfigurationRequest",
                responseShape: "aws.greengrass#UpdateConfigurationResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ConflictError",
                    "aws.greengrass#FailedUpdateConditionCheckError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }],
        ["aws.greengrass#UpdateState", {
                requestShape: "aws.greengrass#UpdateStateRequest",
                responseShape: "aws.greengrass#UpdateStateResponse",
                errorShapes: new Set([
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#ResourceNotFoundError"
                ])
            }],
        ["aws.greengrass#UpdateThingShadow", {
                requestShape: "aws.greengrass#UpdateThingShadowRequest",
                responseShape: "aws.greengrass#UpdateThingShadowResponse",
                errorShapes: new Set([
                    "aws.greengrass#InvalidArgumentsError",
                    "aws.greengrass#ConflictError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#UnauthorizedError"
                ])
            }],
        ["aws.greengrass#ValidateAuthorizationToken", {
                requestShape: "aws.greengrass#ValidateAuthorizationTokenRequest",
                responseShape: "aws.greengrass#ValidateAuthorizationTokenResponse",
                errorShapes: new Set([
                    "aws.greengrass#InvalidTokenError",
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ServiceError"
                ])
            }],
        ["aws.greengrass#VerifyClientDeviceIdentity", {
                requestShape: "aws.greengrass#VerifyClientDeviceIdentityRequest",
                responseShape: "aws.greengrass#VerifyClientDeviceIdentityResponse",
                errorShapes: new Set([
                    "aws.greengrass#UnauthorizedError",
                    "aws.greengrass#ServiceError",
                    "aws.greengrass#InvalidArgumentsError"
                ])
            }]
    ]);
}
const DetailedDeploymentStatusValues = new Set([
    "SUCCESSFUL",
    "FAILED_NO_STATE_CHANGE",
    "FAILED_ROLLBACK_NOT_REQUESTED",
    "FAILED_ROLLBACK_COMPLETE",
    "REJECTED"
]);
const DeploymentStatusValues = new Set([
    "QUEUED",
    "IN_PROGRESS",
    "SUCCEEDED",
    "FAILED",
    "CANCELED"
]);
const LifecycleStateValues = new Set([
    "RUNNING",
    "ERRORED",
    "NEW",
    "FINISHED",
    "INSTALLED",
    "BROKEN",
    "STARTING",
    "STOPPING"
]);
const MetricUnitTypeValues = new Set([
    "BYTES",
    "BYTES_PER_SECOND",
    "COUNT",
    "COUNT_PER_SECOND",
    "MEGABYTES",
    "SECONDS"
]);
const PayloadFormatValues = new Set([
    "0",
    "1"
]);
const ConfigurationValidityStatusValues = new Set([
    "ACCEPTED",
    "REJECTED"
]);
const CertificateTypeValues = new Set([
    "SERVER"
]);
const FailureHandlingPolicyValues = new Set([
    "ROLLBACK",
    "DO_NOTHING"
]);
const RequestStatusValues = new Set([
    "SUCCEEDED",
    "FAILED"
]);
const ReportedLifecycleStateValues = new Set([
    "RUNNING",
    "ERRORED"
]);
const ReceiveModeValues = new Set([
    "RECEIVE_ALL_MESSAGES",
    "RECEIVE_MESSAGES_FROM_OTHERS"
]);
const QOSValues = new Set([
    "0",
    "1"
]);
function createEnumsMap() {
    return new Map([
        ["DetailedDeploymentStatus", DetailedDeploymentStatusValues],
        ["DeploymentStatus", DeploymentStatusValues],
        ["LifecycleState", LifecycleStateValues],
        ["MetricUnitType", MetricUnitTypeValues],
        ["PayloadFormat", PayloadFormatValues],
        ["ConfigurationValidityStatus", ConfigurationValidityStatusValues],
        ["CertificateType", CertificateTypeValues],
        ["FailureHandlingPolicy", FailureHandlingPolicyValues],
        ["RequestStatus", RequestStatusValues],
        ["ReportedLifecycleState", ReportedLifecycleStateValues],
        ["ReceiveMode", ReceiveModeValues],
        ["QOS", QOSValues],
    ]);
}
function makeServiceModel() {
    return {
        normalizers: createNormalizerMap(),
        validators: createValidatorMap(),
        deserializers: createDeserializerMap(),
        serializers: createSerializerMap(),
        operations: createOperationMap(),
        enums: createEnumsMap()
    };
}
exports.makeServiceModel = makeServiceModel;
function normalizeUserProperty(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'key', value.key);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'value', value.value);
    return normalizedValue;
}
exports.normalizeUserProperty = normalizeUserProperty;
function normalizeSystemResourceLimits(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'memory', value.memory);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'cpus', value.cpus);
    return normalizedValue;
}
exports.normalizeSystemResourceLimits = normalizeSystemResourceLimits;
function normalizeDeploymentStatusDetails(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'detailedDeploymentStatus', value.detailedDeploymentStatus);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'deploymentErrorStack', value.deploymentErrorStack, undefined);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'deploymentErrorTypes', value.deploymentErrorTypes, undefined);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentFailureCause', value.deploymentFailureCause);
    return normalizedValue;
}
exports.normalizeDeploymentStatusDetails = normalizeDeploymentStatusDetails;
function normalizeMessageContext(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'topic', value.topic);
    return normalizedValue;
}
exports.normalizeMessageContext = normalizeMessageContext;
function normalizeRunWithInfo(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'posixUser', value.posixUser);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'windowsUser', value.windowsUser);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'systemResourceLimits', value.systemResourceLimits, normalizeSystemResourceLimits);
    return normalizedValue;
}
exports.normalizeRunWithInfo = normalizeRunWithInfo;
function normalizeLocalDeployment(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentId', value.deploymentId);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'status', value.status);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'createdOn', value.createdOn);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentStatusDetails', value.deploymentStatusDetails, normalizeDeploymentStatusDetails);
    return normalizedValue;
}
exports.normalizeLocalDeployment = normalizeLocalDeployment;
function normalizePostComponentUpdateEvent(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentId', value.deploymentId);
    return normalizedValue;
}
exports.normalizePostComponentUpdateEvent = normalizePostComponentUpdateEvent;
function normalizePreComponentUpdateEvent(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentId', value.deploymentId);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'isGgcRestarting', value.isGgcRestarting);
    return normalizedValue;
}
exports.normalizePreComponentUpdateEvent = normalizePreComponentUpdateEvent;
function normalizeComponentDetails(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'version', value.version);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'state', value.state);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'configuration', value.configuration);
    return normalizedValue;
}
exports.normalizeComponentDetails = normalizeComponentDetails;
function normalizeCertificateUpdate(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'privateKey', value.privateKey);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'publicKey', value.publicKey);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'certificate', value.certificate);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'caCertificates', value.caCertificates, undefined);
    return normalizedValue;
}
exports.normalizeCertificateUpdate = normalizeCertificateUpdate;
function normalizeBinaryMessage(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message, eventstream_rpc_utils.encodePayloadAsString);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'context', value.context, normalizeMessageContext);
    return normalizedValue;
}
exports.normalizeBinaryMessage = normalizeBinaryMessage;
function normalizeJsonMessage(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'context', value.context, normalizeMessageContext);
    return normalizedValue;
}
exports.normalizeJsonMessage = normalizeJsonMessage;
function normalizeMQTTCredential(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'clientId', value.clientId);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'certificatePem', value.certificatePem);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'username', value.username);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'password', value.password);
    return normalizedValue;
}
exports.normalizeMQTTCredential = normalizeMQTTCredential;
function normalizeValidateConfigurationUpdateEvent(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'configuration', value.configuration);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentId', value.deploymentId);
    return normalizedValue;
}
exports.normalizeValidateConfigurationUpdateEvent = normalizeValidateConfigurationUpdateEvent;
function normalizeMetric(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'name', value.name);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'unit', value.unit);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'value', value.value);
    return normalizedValue;
}
exports.normalizeMetric = normalizeMetric;
function normalizeConfigurationUpdateEvent(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'keyPath', value.keyPath, undefined);
    return normalizedValue;
}
exports.normalizeConfigurationUpdateEvent = normalizeConfigurationUpdateEvent;
function normalizeMQTTMessage(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'topicName', value.topicName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'payload', value.payload, eventstream_rpc_utils.encodePayloadAsString);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'retain', value.retain);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'userProperties', value.userProperties, normalizeUserProperty);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'messageExpiryIntervalSeconds', value.messageExpiryIntervalSeconds);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'correlationData', value.correlationData, eventstream_rpc_utils.encodePayloadAsString);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'responseTopic', value.responseTopic);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'payloadFormat', value.payloadFormat);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'contentType', value.contentType);
    return normalizedValue;
}
exports.normalizeMQTTMessage = normalizeMQTTMessage;
function normalizeComponentUpdatePolicyEvents(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'preUpdateEvent', value.preUpdateEvent, normalizePreComponentUpdateEvent);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'postUpdateEvent', value.postUpdateEvent, normalizePostComponentUpdateEvent);
    return normalizedValue;
}
exports.normalizeComponentUpdatePolicyEvents = normalizeComponentUpdatePolicyEvents;
function normalizeSecretValue(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'secretString', value.secretString);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'secretBinary', value.secretBinary, eventstream_rpc_utils.encodePayloadAsString);
    return normalizedValue;
}
exports.normalizeSecretValue = normalizeSecretValue;
function normalizeConfigurationValidityReport(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'status', value.status);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentId', value.deploymentId);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeConfigurationValidityReport = normalizeConfigurationValidityReport;
function normalizeClientDeviceCredential(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'clientDeviceCertificate', value.clientDeviceCertificate);
    return normalizedValue;
}
exports.normalizeClientDeviceCredential = normalizeClientDeviceCredential;
function normalizeCertificateUpdateEvent(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'certificateUpdate', value.certificateUpdate, normalizeCertificateUpdate);
    return normalizedValue;
}
exports.normalizeCertificateUpdateEvent = normalizeCertificateUpdateEvent;
function normalizeCertificateOptions(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'certificateType', value.certificateType);
    return normalizedValue;
}
exports.normalizeCertificateOptions = normalizeCertificateOptions;
function normalizePublishMessage(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'jsonMessage', value.jsonMessage, normalizeJsonMessage);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'binaryMessage', value.binaryMessage, normalizeBinaryMessage);
    return normalizedValue;
}
exports.normalizePublishMessage = normalizePublishMessage;
function normalizeCredentialDocument(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'mqttCredential', value.mqttCredential, normalizeMQTTCredential);
    return normalizedValue;
}
exports.normalizeCredentialDocument = normalizeCredentialDocument;
function normalizeSubscriptionResponseMessage(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'jsonMessage', value.jsonMessage, normalizeJsonMessage);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'binaryMessage', value.binaryMessage, normalizeBinaryMessage);
    return normalizedValue;
}
exports.normalizeSubscriptionResponseMessage = normalizeSubscriptionResponseMessage;
function normalizeValidateConfigurationUpdateEvents(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'validateConfigurationUpdateEvent', value.validateConfigurationUpdateEvent, normalizeValidateConfigurationUpdateEvent);
    return normalizedValue;
}
exports.normalizeValidateConfigurationUpdateEvents = normalizeValidateConfigurationUpdateEvents;
function normalizeConfigurationUpdateEvents(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'configurationUpdateEvent', value.configurationUpdateEvent, normalizeConfigurationUpdateEvent);
    return normalizedValue;
}
exports.normalizeConfigurationUpdateEvents = normalizeConfigurationUpdateEvents;
function normalizeIoTCoreMessage(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message, normalizeMQTTMessage);
    return normalizedValue;
}
exports.normalizeIoTCoreMessage = normalizeIoTCoreMessage;
function normalizeInvalidArgumentsError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeInvalidArgumentsError = normalizeInvalidArgumentsError;
function normalizeInvalidArtifactsDirectoryPathError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeInvalidArtifactsDirectoryPathError = normalizeInvalidArtifactsDirectoryPathError;
function normalizeInvalidRecipeDirectoryPathError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeInvalidRecipeDirectoryPathError = normalizeInvalidRecipeDirectoryPathError;
function normalizeServiceError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'context', value.context);
    return normalizedValue;
}
exports.normalizeServiceError = normalizeServiceError;
function normalizeCreateLocalDeploymentResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentId', value.deploymentId);
    return normalizedValue;
}
exports.normalizeCreateLocalDeploymentResponse = normalizeCreateLocalDeploymentResponse;
function normalizeCreateLocalDeploymentRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'groupName', value.groupName);
    eventstream_rpc_utils.setDefinedMapPropertyAsObject(normalizedValue, 'rootComponentVersionsToAdd', value.rootComponentVersionsToAdd, undefined, undefined);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'rootComponentsToRemove', value.rootComponentsToRemove, undefined);
    eventstream_rpc_utils.setDefinedMapPropertyAsObject(normalizedValue, 'componentToConfiguration', value.componentToConfiguration, undefined, undefined);
    eventstream_rpc_utils.setDefinedMapPropertyAsObject(normalizedValue, 'componentToRunWithInfo', value.componentToRunWithInfo, undefined, normalizeRunWithInfo);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'recipeDirectoryPath', value.recipeDirectoryPath);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'artifactsDirectoryPath', value.artifactsDirectoryPath);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'failureHandlingPolicy', value.failureHandlingPolicy);
    return normalizedValue;
}
exports.normalizeCreateLocalDeploymentRequest = normalizeCreateLocalDeploymentRequest;
function normalizeResourceNotFoundError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'resourceType', value.resourceType);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'resourceName', value.resourceName);
    return normalizedValue;
}
exports.normalizeResourceNotFoundError = normalizeResourceNotFoundError;
function normalizeUnauthorizedError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeUnauthorizedError = normalizeUnauthorizedError;
function normalizePauseComponentResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizePauseComponentResponse = normalizePauseComponentResponse;
function normalizePauseComponentRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    return normalizedValue;
}
exports.normalizePauseComponentRequest = normalizePauseComponentRequest;
function normalizeComponentNotFoundError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeComponentNotFoundError = normalizeComponentNotFoundError;
function normalizeStopComponentResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'stopStatus', value.stopStatus);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeStopComponentResponse = normalizeStopComponentResponse;
function normalizeStopComponentRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    return normalizedValue;
}
exports.normalizeStopComponentRequest = normalizeStopComponentRequest;
function normalizeListLocalDeploymentsResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'localDeployments', value.localDeployments, normalizeLocalDeployment);
    return normalizedValue;
}
exports.normalizeListLocalDeploymentsResponse = normalizeListLocalDeploymentsResponse;
function normalizeListLocalDeploymentsRequest(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeListLocalDeploymentsRequest = normalizeListLocalDeploymentsRequest;
function normalizeSubscribeToComponentUpdatesResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeSubscribeToComponentUpdatesResponse = normalizeSubscribeToComponentUpdatesResponse;
function normalizeSubscribeToComponentUpdatesRequest(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeSubscribeToComponentUpdatesRequest = normalizeSubscribeToComponentUpdatesRequest;
function normalizeListNamedShadowsForThingResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'results', value.results, undefined);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'timestamp', value.timestamp, eventstream_rpc_utils.encodeDateAsNumber);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'nextToken', value.nextToken);
    return normalizedValue;
}
exports.normalizeListNamedShadowsForThingResponse = normalizeListNamedShadowsForThingResponse;
function normalizeListNamedShadowsForThingRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'thingName', value.thingName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'nextToken', value.nextToken);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'pageSize', value.pageSize);
    return normalizedValue;
}
exports.normalizeListNamedShadowsForThingRequest = normalizeListNamedShadowsForThingRequest;
function normalizeCancelLocalDeploymentResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeCancelLocalDeploymentResponse = normalizeCancelLocalDeploymentResponse;
function normalizeCancelLocalDeploymentRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentId', value.deploymentId);
    return normalizedValue;
}
exports.normalizeCancelLocalDeploymentRequest = normalizeCancelLocalDeploymentRequest;
function normalizeUpdateStateResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeUpdateStateResponse = normalizeUpdateStateResponse;
function normalizeUpdateStateRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'state', value.state);
    return normalizedValue;
}
exports.normalizeUpdateStateRequest = normalizeUpdateStateRequest;
function normalizeGetSecretValueResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'secretId', value.secretId);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'versionId', value.versionId);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'versionStage', value.versionStage, undefined);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'secretValue', value.secretValue, normalizeSecretValue);
    return normalizedValue;
}
exports.normalizeGetSecretValueResponse = normalizeGetSecretValueResponse;
function normalizeGetSecretValueRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'secretId', value.secretId);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'versionId', value.versionId);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'versionStage', value.versionStage);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'refresh', value.refresh);
    return normalizedValue;
}
exports.normalizeGetSecretValueRequest = normalizeGetSecretValueRequest;
function normalizeGetLocalDeploymentStatusResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deployment', value.deployment, normalizeLocalDeployment);
    return normalizedValue;
}
exports.normalizeGetLocalDeploymentStatusResponse = normalizeGetLocalDeploymentStatusResponse;
function normalizeGetLocalDeploymentStatusRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentId', value.deploymentId);
    return normalizedValue;
}
exports.normalizeGetLocalDeploymentStatusRequest = normalizeGetLocalDeploymentStatusRequest;
function normalizeRestartComponentResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'restartStatus', value.restartStatus);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeRestartComponentResponse = normalizeRestartComponentResponse;
function normalizeRestartComponentRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    return normalizedValue;
}
exports.normalizeRestartComponentRequest = normalizeRestartComponentRequest;
function normalizeInvalidTokenError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeInvalidTokenError = normalizeInvalidTokenError;
function normalizeValidateAuthorizationTokenResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'isValid', value.isValid);
    return normalizedValue;
}
exports.normalizeValidateAuthorizationTokenResponse = normalizeValidateAuthorizationTokenResponse;
function normalizeValidateAuthorizationTokenRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'token', value.token);
    return normalizedValue;
}
exports.normalizeValidateAuthorizationTokenRequest = normalizeValidateAuthorizationTokenRequest;
function normalizeFailedUpdateConditionCheckError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeFailedUpdateConditionCheckError = normalizeFailedUpdateConditionCheckError;
function normalizeConflictError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeConflictError = normalizeConflictError;
function normalizeUpdateConfigurationResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeUpdateConfigurationResponse = normalizeUpdateConfigurationResponse;
function normalizeUpdateConfigurationRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'keyPath', value.keyPath, undefined);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'timestamp', value.timestamp, eventstream_rpc_utils.encodeDateAsNumber);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'valueToMerge', value.valueToMerge);
    return normalizedValue;
}
exports.normalizeUpdateConfigurationRequest = normalizeUpdateConfigurationRequest;
function normalizeUpdateThingShadowResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'payload', value.payload, eventstream_rpc_utils.encodePayloadAsString);
    return normalizedValue;
}
exports.normalizeUpdateThingShadowResponse = normalizeUpdateThingShadowResponse;
function normalizeUpdateThingShadowRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'thingName', value.thingName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'shadowName', value.shadowName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'payload', value.payload, eventstream_rpc_utils.encodePayloadAsString);
    return normalizedValue;
}
exports.normalizeUpdateThingShadowRequest = normalizeUpdateThingShadowRequest;
function normalizeSendConfigurationValidityReportResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeSendConfigurationValidityReportResponse = normalizeSendConfigurationValidityReportResponse;
function normalizeSendConfigurationValidityReportRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'configurationValidityReport', value.configurationValidityReport, normalizeConfigurationValidityReport);
    return normalizedValue;
}
exports.normalizeSendConfigurationValidityReportRequest = normalizeSendConfigurationValidityReportRequest;
function normalizeGetThingShadowResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'payload', value.payload, eventstream_rpc_utils.encodePayloadAsString);
    return normalizedValue;
}
exports.normalizeGetThingShadowResponse = normalizeGetThingShadowResponse;
function normalizeGetThingShadowRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'thingName', value.thingName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'shadowName', value.shadowName);
    return normalizedValue;
}
exports.normalizeGetThingShadowRequest = normalizeGetThingShadowRequest;
function normalizeCreateDebugPasswordResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'password', value.password);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'username', value.username);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'passwordExpiration', value.passwordExpiration, eventstream_rpc_utils.encodeDateAsNumber);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'certificateSHA256Hash', value.certificateSHA256Hash);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'certificateSHA1Hash', value.certificateSHA1Hash);
    return normalizedValue;
}
exports.normalizeCreateDebugPasswordResponse = normalizeCreateDebugPasswordResponse;
function normalizeCreateDebugPasswordRequest(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeCreateDebugPasswordRequest = normalizeCreateDebugPasswordRequest;
function normalizeListComponentsResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'components', value.components, normalizeComponentDetails);
    return normalizedValue;
}
exports.normalizeListComponentsResponse = normalizeListComponentsResponse;
function normalizeListComponentsRequest(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeListComponentsRequest = normalizeListComponentsRequest;
function normalizeInvalidClientDeviceAuthTokenError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeInvalidClientDeviceAuthTokenError = normalizeInvalidClientDeviceAuthTokenError;
function normalizeAuthorizeClientDeviceActionResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'isAuthorized', value.isAuthorized);
    return normalizedValue;
}
exports.normalizeAuthorizeClientDeviceActionResponse = normalizeAuthorizeClientDeviceActionResponse;
function normalizeAuthorizeClientDeviceActionRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'clientDeviceAuthToken', value.clientDeviceAuthToken);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'operation', value.operation);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'resource', value.resource);
    return normalizedValue;
}
exports.normalizeAuthorizeClientDeviceActionRequest = normalizeAuthorizeClientDeviceActionRequest;
function normalizeVerifyClientDeviceIdentityResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'isValidClientDevice', value.isValidClientDevice);
    return normalizedValue;
}
exports.normalizeVerifyClientDeviceIdentityResponse = normalizeVerifyClientDeviceIdentityResponse;
function normalizeVerifyClientDeviceIdentityRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'credential', value.credential, normalizeClientDeviceCredential);
    return normalizedValue;
}
exports.normalizeVerifyClientDeviceIdentityRequest = normalizeVerifyClientDeviceIdentityRequest;
function normalizeSubscribeToCertificateUpdatesResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeSubscribeToCertificateUpdatesResponse = normalizeSubscribeToCertificateUpdatesResponse;
function normalizeSubscribeToCertificateUpdatesRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'certificateOptions', value.certificateOptions, normalizeCertificateOptions);
    return normalizedValue;
}
exports.normalizeSubscribeToCertificateUpdatesRequest = normalizeSubscribeToCertificateUpdatesRequest;
function normalizePublishToTopicResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizePublishToTopicResponse = normalizePublishToTopicResponse;
function normalizePublishToTopicRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'topic', value.topic);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'publishMessage', value.publishMessage, normalizePublishMessage);
    return normalizedValue;
}
exports.normalizePublishToTopicRequest = normalizePublishToTopicRequest;
function normalizeInvalidCredentialError(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    return normalizedValue;
}
exports.normalizeInvalidCredentialError = normalizeInvalidCredentialError;
function normalizeGetClientDeviceAuthTokenResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'clientDeviceAuthToken', value.clientDeviceAuthToken);
    return normalizedValue;
}
exports.normalizeGetClientDeviceAuthTokenResponse = normalizeGetClientDeviceAuthTokenResponse;
function normalizeGetClientDeviceAuthTokenRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'credential', value.credential, normalizeCredentialDocument);
    return normalizedValue;
}
exports.normalizeGetClientDeviceAuthTokenRequest = normalizeGetClientDeviceAuthTokenRequest;
function normalizeGetComponentDetailsResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentDetails', value.componentDetails, normalizeComponentDetails);
    return normalizedValue;
}
exports.normalizeGetComponentDetailsResponse = normalizeGetComponentDetailsResponse;
function normalizeGetComponentDetailsRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    return normalizedValue;
}
exports.normalizeGetComponentDetailsRequest = normalizeGetComponentDetailsRequest;
function normalizeSubscribeToTopicResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'topicName', value.topicName);
    return normalizedValue;
}
exports.normalizeSubscribeToTopicResponse = normalizeSubscribeToTopicResponse;
function normalizeSubscribeToTopicRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'topic', value.topic);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'receiveMode', value.receiveMode);
    return normalizedValue;
}
exports.normalizeSubscribeToTopicRequest = normalizeSubscribeToTopicRequest;
function normalizeGetConfigurationResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'value', value.value);
    return normalizedValue;
}
exports.normalizeGetConfigurationResponse = normalizeGetConfigurationResponse;
function normalizeGetConfigurationRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'keyPath', value.keyPath, undefined);
    return normalizedValue;
}
exports.normalizeGetConfigurationRequest = normalizeGetConfigurationRequest;
function normalizeSubscribeToValidateConfigurationUpdatesResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeSubscribeToValidateConfigurationUpdatesResponse = normalizeSubscribeToValidateConfigurationUpdatesResponse;
function normalizeSubscribeToValidateConfigurationUpdatesRequest(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeSubscribeToValidateConfigurationUpdatesRequest = normalizeSubscribeToValidateConfigurationUpdatesRequest;
function normalizeDeferComponentUpdateResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeDeferComponentUpdateResponse = normalizeDeferComponentUpdateResponse;
function normalizeDeferComponentUpdateRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'deploymentId', value.deploymentId);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'message', value.message);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'recheckAfterMs', value.recheckAfterMs);
    return normalizedValue;
}
exports.normalizeDeferComponentUpdateRequest = normalizeDeferComponentUpdateRequest;
function normalizePutComponentMetricResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizePutComponentMetricResponse = normalizePutComponentMetricResponse;
function normalizePutComponentMetricRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'metrics', value.metrics, normalizeMetric);
    return normalizedValue;
}
exports.normalizePutComponentMetricRequest = normalizePutComponentMetricRequest;
function normalizeDeleteThingShadowResponse(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'payload', value.payload, eventstream_rpc_utils.encodePayloadAsString);
    return normalizedValue;
}
exports.normalizeDeleteThingShadowResponse = normalizeDeleteThingShadowResponse;
function normalizeDeleteThingShadowRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'thingName', value.thingName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'shadowName', value.shadowName);
    return normalizedValue;
}
exports.normalizeDeleteThingShadowRequest = normalizeDeleteThingShadowRequest;
function normalizeSubscribeToConfigurationUpdateResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeSubscribeToConfigurationUpdateResponse = normalizeSubscribeToConfigurationUpdateResponse;
function normalizeSubscribeToConfigurationUpdateRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'keyPath', value.keyPath, undefined);
    return normalizedValue;
}
exports.normalizeSubscribeToConfigurationUpdateRequest = normalizeSubscribeToConfigurationUpdateRequest;
function normalizePublishToIoTCoreResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizePublishToIoTCoreResponse = normalizePublishToIoTCoreResponse;
function normalizePublishToIoTCoreRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'topicName', value.topicName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'qos', value.qos);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'payload', value.payload, eventstream_rpc_utils.encodePayloadAsString);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'retain', value.retain);
    eventstream_rpc_utils.setDefinedArrayProperty(normalizedValue, 'userProperties', value.userProperties, normalizeUserProperty);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'messageExpiryIntervalSeconds', value.messageExpiryIntervalSeconds);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'correlationData', value.correlationData, eventstream_rpc_utils.encodePayloadAsString);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'responseTopic', value.responseTopic);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'payloadFormat', value.payloadFormat);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'contentType', value.contentType);
    return normalizedValue;
}
exports.normalizePublishToIoTCoreRequest = normalizePublishToIoTCoreRequest;
function normalizeResumeComponentResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeResumeComponentResponse = normalizeResumeComponentResponse;
function normalizeResumeComponentRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'componentName', value.componentName);
    return normalizedValue;
}
exports.normalizeResumeComponentRequest = normalizeResumeComponentRequest;
function normalizeSubscribeToIoTCoreResponse(value) {
    let normalizedValue = {};
    return normalizedValue;
}
exports.normalizeSubscribeToIoTCoreResponse = normalizeSubscribeToIoTCoreResponse;
function normalizeSubscribeToIoTCoreRequest(value) {
    let normalizedValue = {};
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'topicName', value.topicName);
    eventstream_rpc_utils.setDefinedProperty(normalizedValue, 'qos', value.qos);
    return normalizedValue;
}
exports.normalizeSubscribeToIoTCoreRequest = normalizeSubscribeToIoTCoreRequest;
function validateUserProperty(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.key, 'key', 'UserProperty');
    eventstream_rpc_utils.validateValueAsOptionalString(value.value, 'value', 'UserProperty');
}
exports.validateUserProperty = validateUserProperty;
function validateSystemResourceLimits(value) {
    eventstream_rpc_utils.validateValueAsOptionalInteger(value.memory, 'memory', 'SystemResourceLimits');
    eventstream_rpc_utils.validateValueAsOptionalNumber(value.cpus, 'cpus', 'SystemResourceLimits');
}
exports.validateSystemResourceLimits = validateSystemResourceLimits;
function validateDeploymentStatusDetails(value) {
    eventstream_rpc_utils.validateValueAsString(value.detailedDeploymentStatus, 'detailedDeploymentStatus', 'DeploymentStatusDetails');
    eventstream_rpc_utils.validateValueAsOptionalArray(value.deploymentErrorStack, eventstream_rpc_utils.validateValueAsString, 'deploymentErrorStack', 'DeploymentStatusDetails');
    eventstream_rpc_utils.validateValueAsOptionalArray(value.deploymentErrorTypes, eventstream_rpc_utils.validateValueAsString, 'deploymentErrorTypes', 'DeploymentStatusDetails');
    eventstream_rpc_utils.validateValueAsOptionalString(value.deploymentFailureCause, 'deploymentFailureCause', 'DeploymentStatusDetails');
}
exports.validateDeploymentStatusDetails = validateDeploymentStatusDetails;
function validateMessageContext(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.topic, 'topic', 'MessageContext');
}
exports.validateMessageContext = validateMessageContext;
function validateRunWithInfo(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.posixUser, 'posixUser', 'RunWithInfo');
    eventstream_rpc_utils.validateValueAsOptionalString(value.windowsUser, 'windowsUser', 'RunWithInfo');
    eventstream_rpc_utils.validateValueAsOptionalObject(value.systemResourceLimits, validateSystemResourceLimits, 'systemResourceLimits', 'RunWithInfo');
}
exports.validateRunWithInfo = validateRunWithInfo;
function validateLocalDeployment(value) {
    eventstream_rpc_utils.validateValueAsString(value.deploymentId, 'deploymentId', 'LocalDeployment');
    eventstream_rpc_utils.validateValueAsString(value.status, 'status', 'LocalDeployment');
    eventstream_rpc_utils.validateValueAsOptionalString(value.createdOn, 'createdOn', 'LocalDeployment');
    eventstream_rpc_utils.validateValueAsOptionalObject(value.deploymentStatusDetails, validateDeploymentStatusDetails, 'deploymentStatusDetails', 'LocalDeployment');
}
exports.validateLocalDeployment = validateLocalDeployment;
function validatePostComponentUpdateEvent(value) {
    eventstream_rpc_utils.validateValueAsString(value.deploymentId, 'deploymentId', 'PostComponentUpdateEvent');
}
exports.validatePostComponentUpdateEvent = validatePostComponentUpdateEvent;
function validatePreComponentUpdateEvent(value) {
    eventstream_rpc_utils.validateValueAsString(value.deploymentId, 'deploymentId', 'PreComponentUpdateEvent');
    eventstream_rpc_utils.validateValueAsBoolean(value.isGgcRestarting, 'isGgcRestarting', 'PreComponentUpdateEvent');
}
exports.validatePreComponentUpdateEvent = validatePreComponentUpdateEvent;
function validateComponentDetails(value) {
    eventstream_rpc_utils.validateValueAsString(value.componentName, 'componentName', 'ComponentDetails');
    eventstream_rpc_utils.validateValueAsString(value.version, 'version', 'ComponentDetails');
    eventstream_rpc_utils.validateValueAsString(value.state, 'state', 'ComponentDetails');
    eventstream_rpc_utils.validateValueAsOptionalAny(value.configuration, 'configuration', 'ComponentDetails');
}
exports.validateComponentDetails = validateComponentDetails;
function validateCertificateUpdate(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.privateKey, 'privateKey', 'CertificateUpdate');
    eventstream_rpc_utils.validateValueAsOptionalString(value.publicKey, 'publicKey', 'CertificateUpdate');
    eventstream_rpc_utils.validateValueAsOptionalString(value.certificate, 'certificate', 'CertificateUpdate');
    eventstream_rpc_utils.validateValueAsOptionalArray(value.caCertificates, eventstream_rpc_utils.validateValueAsString, 'caCertificates', 'CertificateUpdate');
}
exports.validateCertificateUpdate = validateCertificateUpdate;
function validateBinaryMessage(value) {
    eventstream_rpc_utils.validateValueAsOptionalBlob(value.message, 'message', 'BinaryMessage');
    eventstream_rpc_utils.validateValueAsOptionalObject(value.context, validateMessageContext, 'context', 'BinaryMessage');
}
exports.validateBinaryMessage = validateBinaryMessage;
function validateJsonMessage(value) {
    eventstream_rpc_utils.validateValueAsOptionalAny(value.message, 'message', 'JsonMessage');
    eventstream_rpc_utils.validateValueAsOptionalObject(value.context, validateMessageContext, 'context', 'JsonMessage');
}
exports.validateJsonMessage = validateJsonMessage;
function validateMQTTCredential(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.clientId, 'clientId', 'MQTTCredential');
    eventstream_rpc_utils.validateValueAsOptionalString(value.certificatePem, 'certificatePem', 'MQTTCredential');
    eventstream_rpc_utils.validateValueAsOptionalString(value.username, 'username', 'MQTTCredential');
    eventstream_rpc_utils.validateValueAsOptionalString(value.password, 'password', 'MQTTCredential');
}
exports.validateMQTTCredential = validateMQTTCredential;
function validateValidateConfigurationUpdateEvent(value) {
    eventstream_rpc_utils.validateValueAsOptionalAny(value.configuration, 'configuration', 'ValidateConfigurationUpdateEvent');
    eventstream_rpc_utils.validateValueAsString(value.deploymentId, 'deploymentId', 'ValidateConfigurationUpdateEvent');
}
exports.validateValidateConfigurationUpdateEvent = validateValidateConfigurationUpdateEvent;
function validateMetric(value) {
    eventstream_rpc_utils.validateValueAsString(value.name, 'name', 'Metric');
    eventstream_rpc_utils.validateValueAsString(value.unit, 'unit', 'Metric');
    eventstream_rpc_utils.validateValueAsNumber(value.value, 'value', 'Metric');
}
exports.validateMetric = validateMetric;
function validateConfigurationUpdateEvent(value) {
    eventstream_rpc_utils.validateValueAsString(value.componentName, 'componentName', 'ConfigurationUpdateEvent');
    eventstream_rpc_utils.validateValueAsArray(value.keyPath, eventstream_rpc_utils.validateValueAsString, 'keyPath', 'ConfigurationUpdateEvent');
}
exports.validateConfigurationUpdateEvent = validateConfigurationUpdateEvent;
function validateMQTTMessage(value) {
    eventstream_rpc_utils.validateValueAsString(value.topicName, 'topicName', 'MQTTMessage');
    eventstream_rpc_utils.validateValueAsOptionalBlob(value.payload, 'payload', 'MQTTMessage');
    eventstream_rpc_utils.validateValueAsOptionalBoolean(value.retain, 'retain', 'MQTTMessage');
    eventstream_rpc_utils.validateValueAsOptionalArray(value.userProperties, validateUserProperty, 'userProperties', 'MQTTMessage');
    eventstream_rpc_utils.validateValueAsOptionalInteger(value.messageExpiryIntervalSeconds, 'messageExpiryIntervalSeconds', 'MQTTMessage');
    eventstream_rpc_utils.validateValueAsOptionalBlob(value.correlationData, 'correlationData', 'MQTTMessage');
    eventstream_rpc_utils.validateValueAsOptionalString(value.responseTopic, 'responseTopic', 'MQTTMessage');
    eventstream_rpc_utils.validateValueAsOptionalString(value.payloadFormat, 'payloadFormat', 'MQTTMessage');
    eventstream_rpc_utils.validateValueAsOptionalString(value.contentType, 'contentType', 'MQTTMessage');
}
exports.validateMQTTMessage = validateMQTTMessage;
const _ComponentUpdatePolicyEventsPropertyValidators = new Map([
    ["preUpdateEvent", validatePreComponentUpdateEvent],
    ["postUpdateEvent", validatePostComponentUpdateEvent]
]);
function validateComponentUpdatePolicyEvents(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _ComponentUpdatePolicyEventsPropertyValidators);
}
exports.validateComponentUpdatePolicyEvents = validateComponentUpdatePolicyEvents;
const _SecretValuePropertyValidators = new Map([
    ["secretString", eventstream_rpc_utils.validateValueAsString],
    ["secretBinary", eventstream_rpc_utils.validateValueAsBlob]
]);
function validateSecretValue(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _SecretValuePropertyValidators);
}
exports.validateSecretValue = validateSecretValue;
function validateConfigurationValidityReport(value) {
    eventstream_rpc_utils.validateValueAsString(value.status, 'status', 'ConfigurationValidityReport');
    eventstream_rpc_utils.validateValueAsString(value.deploymentId, 'deploymentId', 'ConfigurationValidityReport');
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'ConfigurationValidityReport');
}
exports.validateConfigurationValidityReport = validateConfigurationValidityReport;
const _ClientDeviceCredentialPropertyValidators = new Map([
    ["clientDeviceCertificate", eventstream_rpc_utils.validateValueAsString]
]);
function validateClientDeviceCredential(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _ClientDeviceCredentialPropertyValidators);
}
exports.validateClientDeviceCredential = validateClientDeviceCredential;
const _CertificateUpdateEventPropertyValidators = new Map([
    ["certificateUpdate", validateCertificateUpdate]
]);
function validateCertificateUpdateEvent(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _CertificateUpdateEventPropertyValidators);
}
exports.validateCertificateUpdateEvent = validateCertificateUpdateEvent;
function validateCertificateOptions(value) {
    eventstream_rpc_utils.validateValueAsString(value.certificateType, 'certificateType', 'CertificateOptions');
}
exports.validateCertificateOptions = validateCertificateOptions;
const _PublishMessagePropertyValidators = new Map([
    ["jsonMessage", validateJsonMessage],
    ["binaryMessage", validateBinaryMessage]
]);
function validatePublishMessage(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _PublishMessagePropertyValidators);
}
exports.validatePublishMessage = validatePublishMessage;
const _CredentialDocumentPropertyValidators = new Map([
    ["mqttCredential", validateMQTTCredential]
]);
function validateCredentialDocument(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _CredentialDocumentPropertyValidators);
}
exports.validateCredentialDocument = validateCredentialDocument;
const _SubscriptionResponseMessagePropertyValidators = new Map([
    ["jsonMessage", validateJsonMessage],
    ["binaryMessage", validateBinaryMessage]
]);
function validateSubscriptionResponseMessage(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _SubscriptionResponseMessagePropertyValidators);
}
exports.validateSubscriptionResponseMessage = validateSubscriptionResponseMessage;
const _ValidateConfigurationUpdateEventsPropertyValidators = new Map([
    ["validateConfigurationUpdateEvent", validateValidateConfigurationUpdateEvent]
]);
function validateValidateConfigurationUpdateEvents(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _ValidateConfigurationUpdateEventsPropertyValidators);
}
exports.validateValidateConfigurationUpdateEvents = validateValidateConfigurationUpdateEvents;
const _ConfigurationUpdateEventsPropertyValidators = new Map([
    ["configurationUpdateEvent", validateConfigurationUpdateEvent]
]);
function validateConfigurationUpdateEvents(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _ConfigurationUpdateEventsPropertyValidators);
}
exports.validateConfigurationUpdateEvents = validateConfigurationUpdateEvents;
const _IoTCoreMessagePropertyValidators = new Map([
    ["message", validateMQTTMessage]
]);
function validateIoTCoreMessage(value) {
    eventstream_rpc_utils.validateValueAsUnion(value, _IoTCoreMessagePropertyValidators);
}
exports.validateIoTCoreMessage = validateIoTCoreMessage;
function validateInvalidArgumentsError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'InvalidArgumentsError');
}
exports.validateInvalidArgumentsError = validateInvalidArgumentsError;
function validateInvalidArtifactsDirectoryPathError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'InvalidArtifactsDirectoryPathError');
}
exports.validateInvalidArtifactsDirectoryPathError = validateInvalidArtifactsDirectoryPathError;
function validateInvalidRecipeDirectoryPathError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'InvalidRecipeDirectoryPathError');
}
exports.validateInvalidRecipeDirectoryPathError = validateInvalidRecipeDirectoryPathError;
function validateServiceError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'ServiceError');
    eventstream_rpc_utils.validateValueAsOptionalAny(value.context, 'context', 'ServiceError');
}
exports.validateServiceError = validateServiceError;
function validateCreateLocalDeploymentResponse(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.deploymentId, 'deploymentId', 'CreateLocalDeploymentResponse');
}
exports.validateCreateLocalDeploymentResponse = validateCreateLocalDeploymentResponse;
function validateCreateLocalDeploymentRequest(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.groupName, 'groupName', 'CreateLocalDeploymentRequest');
    eventstream_rpc_utils.validateValueAsOptionalMap(value.rootComponentVersionsToAdd, eventstream_rpc_utils.validateValueAsString, eventstream_rpc_utils.validateValueAsString, 'rootComponentVersionsToAdd', 'CreateLocalDeploymentRequest');
    eventstream_rpc_utils.validateValueAsOptionalArray(value.rootComponentsToRemove, eventstream_rpc_utils.validateValueAsString, 'rootComponentsToRemove', 'CreateLocalDeploymentRequest');
    eventstream_rpc_utils.validateValueAsOptionalMap(value.componentToConfiguration, eventstream_rpc_utils.validateValueAsString, eventstream_rpc_utils.validateValueAsAny, 'componentToConfiguration', 'CreateLocalDeploymentRequest');
    eventstream_rpc_utils.validateValueAsOptionalMap(value.componentToRunWithInfo, eventstream_rpc_utils.validateValueAsString, validateRunWithInfo, 'componentToRunWithInfo', 'CreateLocalDeploymentRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.recipeDirectoryPath, 'recipeDirectoryPath', 'CreateLocalDeploymentRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.artifactsDirectoryPath, 'artifactsDirectoryPath', 'CreateLocalDeploymentRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.failureHandlingPolicy, 'failureHandlingPolicy', 'CreateLocalDeploymentRequest');
}
exports.validateCreateLocalDeploymentRequest = validateCreateLocalDeploymentRequest;
function validateResourceNotFoundError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'ResourceNotFoundError');
    eventstream_rpc_utils.validateValueAsOptionalString(value.resourceType, 'resourceType', 'ResourceNotFoundError');
    eventstream_rpc_utils.validateValueAsOptionalString(value.resourceName, 'resourceName', 'ResourceNotFoundError');
}
exports.validateResourceNotFoundError = validateResourceNotFoundError;
function validateUnauthorizedError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'UnauthorizedError');
}
exports.validateUnauthorizedError = validateUnauthorizedError;
function validatePauseComponentResponse(value) {
}
exports.validatePauseComponentResponse = validatePauseComponentResponse;
function validatePauseComponentRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.componentName, 'componentName', 'PauseComponentRequest');
}
exports.validatePauseComponentRequest = validatePauseComponentRequest;
function validateComponentNotFoundError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'ComponentNotFoundError');
}
exports.validateComponentNotFoundError = validateComponentNotFoundError;
function validateStopComponentResponse(value) {
    eventstream_rpc_utils.validateValueAsString(value.stopStatus, 'stopStatus', 'StopComponentResponse');
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'StopComponentResponse');
}
exports.validateStopComponentResponse = validateStopComponentResponse;
function validateStopComponentRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.componentName, 'componentName', 'StopComponentRequest');
}
exports.validateStopComponentRequest = validateStopComponentRequest;
function validateListLocalDeploymentsResponse(value) {
    eventstream_rpc_utils.validateValueAsOptionalArray(value.localDeployments, validateLocalDeployment, 'localDeployments', 'ListLocalDeploymentsResponse');
}
exports.validateListLocalDeploymentsResponse = validateListLocalDeploymentsResponse;
function validateListLocalDeploymentsRequest(value) {
}
exports.validateListLocalDeploymentsRequest = validateListLocalDeploymentsRequest;
function validateSubscribeToComponentUpdatesResponse(value) {
}
exports.validateSubscribeToComponentUpdatesResponse = validateSubscribeToComponentUpdatesResponse;
function validateSubscribeToComponentUpdatesRequest(value) {
}
exports.validateSubscribeToComponentUpdatesRequest = validateSubscribeToComponentUpdatesRequest;
function validateListNamedShadowsForThingResponse(value) {
    eventstream_rpc_utils.validateValueAsArray(value.results, eventstream_rpc_utils.validateValueAsString, 'results', 'ListNamedShadowsForThingResponse');
    eventstream_rpc_utils.validateValueAsDate(value.timestamp, 'timestamp', 'ListNamedShadowsForThingResponse');
    eventstream_rpc_utils.validateValueAsOptionalString(value.nextToken, 'nextToken', 'ListNamedShadowsForThingResponse');
}
exports.validateListNamedShadowsForThingResponse = validateListNamedShadowsForThingResponse;
function validateListNamedShadowsForThingRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.thingName, 'thingName', 'ListNamedShadowsForThingRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.nextToken, 'nextToken', 'ListNamedShadowsForThingRequest');
    eventstream_rpc_utils.validateValueAsOptionalInteger(value.pageSize, 'pageSize', 'ListNamedShadowsForThingRequest');
}
exports.validateListNamedShadowsForThingRequest = validateListNamedShadowsForThingRequest;
function validateCancelLocalDeploymentResponse(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'CancelLocalDeploymentResponse');
}
exports.validateCancelLocalDeploymentResponse = validateCancelLocalDeploymentResponse;
function validateCancelLocalDeploymentRequest(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.deploymentId, 'deploymentId', 'CancelLocalDeploymentRequest');
}
exports.validateCancelLocalDeploymentRequest = validateCancelLocalDeploymentRequest;
function validateUpdateStateResponse(value) {
}
exports.validateUpdateStateResponse = validateUpdateStateResponse;
function validateUpdateStateRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.state, 'state', 'UpdateStateRequest');
}
exports.validateUpdateStateRequest = validateUpdateStateRequest;
function validateGetSecretValueResponse(value) {
    eventstream_rpc_utils.validateValueAsString(value.secretId, 'secretId', 'GetSecretValueResponse');
    eventstream_rpc_utils.validateValueAsString(value.versionId, 'versionId', 'GetSecretValueResponse');
    eventstream_rpc_utils.validateValueAsArray(value.versionStage, eventstream_rpc_utils.validateValueAsString, 'versionStage', 'GetSecretValueResponse');
    eventstream_rpc_utils.validateValueAsUnion(value.secretValue, _SecretValuePropertyValidators);
}
exports.validateGetSecretValueResponse = validateGetSecretValueResponse;
function validateGetSecretValueRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.secretId, 'secretId', 'GetSecretValueRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.versionId, 'versionId', 'GetSecretValueRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.versionStage, 'versionStage', 'GetSecretValueRequest');
    eventstream_rpc_utils.validateValueAsOptionalBoolean(value.refresh, 'refresh', 'GetSecretValueRequest');
}
exports.validateGetSecretValueRequest = validateGetSecretValueRequest;
function validateGetLocalDeploymentStatusResponse(value) {
    eventstream_rpc_utils.validateValueAsObject(value.deployment, validateLocalDeployment, 'deployment', 'GetLocalDeploymentStatusResponse');
}
exports.validateGetLocalDeploymentStatusResponse = validateGetLocalDeploymentStatusResponse;
function validateGetLocalDeploymentStatusRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.deploymentId, 'deploymentId', 'GetLocalDeploymentStatusRequest');
}
exports.validateGetLocalDeploymentStatusRequest = validateGetLocalDeploymentStatusRequest;
function validateRestartComponentResponse(value) {
    eventstream_rpc_utils.validateValueAsString(value.restartStatus, 'restartStatus', 'RestartComponentResponse');
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'RestartComponentResponse');
}
exports.validateRestartComponentResponse = validateRestartComponentResponse;
function validateRestartComponentRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.componentName, 'componentName', 'RestartComponentRequest');
}
exports.validateRestartComponentRequest = validateRestartComponentRequest;
function validateInvalidTokenError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'InvalidTokenError');
}
exports.validateInvalidTokenError = validateInvalidTokenError;
function validateValidateAuthorizationTokenResponse(value) {
    eventstream_rpc_utils.validateValueAsBoolean(value.isValid, 'isValid', 'ValidateAuthorizationTokenResponse');
}
exports.validateValidateAuthorizationTokenResponse = validateValidateAuthorizationTokenResponse;
function validateValidateAuthorizationTokenRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.token, 'token', 'ValidateAuthorizationTokenRequest');
}
exports.validateValidateAuthorizationTokenRequest = validateValidateAuthorizationTokenRequest;
function validateFailedUpdateConditionCheckError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'FailedUpdateConditionCheckError');
}
exports.validateFailedUpdateConditionCheckError = validateFailedUpdateConditionCheckError;
function validateConflictError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'ConflictError');
}
exports.validateConflictError = validateConflictError;
function validateUpdateConfigurationResponse(value) {
}
exports.validateUpdateConfigurationResponse = validateUpdateConfigurationResponse;
function validateUpdateConfigurationRequest(value) {
    eventstream_rpc_utils.validateValueAsOptionalArray(value.keyPath, eventstream_rpc_utils.validateValueAsString, 'keyPath', 'UpdateConfigurationRequest');
    eventstream_rpc_utils.validateValueAsDate(value.timestamp, 'timestamp', 'UpdateConfigurationRequest');
    eventstream_rpc_utils.validateValueAsAny(value.valueToMerge, 'valueToMerge', 'UpdateConfigurationRequest');
}
exports.validateUpdateConfigurationRequest = validateUpdateConfigurationRequest;
function validateUpdateThingShadowResponse(value) {
    eventstream_rpc_utils.validateValueAsBlob(value.payload, 'payload', 'UpdateThingShadowResponse');
}
exports.validateUpdateThingShadowResponse = validateUpdateThingShadowResponse;
function validateUpdateThingShadowRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.thingName, 'thingName', 'UpdateThingShadowRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.shadowName, 'shadowName', 'UpdateThingShadowRequest');
    eventstream_rpc_utils.validateValueAsBlob(value.payload, 'payload', 'UpdateThingShadowRequest');
}
exports.validateUpdateThingShadowRequest = validateUpdateThingShadowRequest;
function validateSendConfigurationValidityReportResponse(value) {
}
exports.validateSendConfigurationValidityReportResponse = validateSendConfigurationValidityReportResponse;
function validateSendConfigurationValidityReportRequest(value) {
    eventstream_rpc_utils.validateValueAsObject(value.configurationValidityReport, validateConfigurationValidityReport, 'configurationValidityReport', 'SendConfigurationValidityReportRequest');
}
exports.validateSendConfigurationValidityReportRequest = validateSendConfigurationValidityReportRequest;
function validateGetThingShadowResponse(value) {
    eventstream_rpc_utils.validateValueAsBlob(value.payload, 'payload', 'GetThingShadowResponse');
}
exports.validateGetThingShadowResponse = validateGetThingShadowResponse;
function validateGetThingShadowRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.thingName, 'thingName', 'GetThingShadowRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.shadowName, 'shadowName', 'GetThingShadowRequest');
}
exports.validateGetThingShadowRequest = validateGetThingShadowRequest;
function validateCreateDebugPasswordResponse(value) {
    eventstream_rpc_utils.validateValueAsString(value.password, 'password', 'CreateDebugPasswordResponse');
    eventstream_rpc_utils.validateValueAsString(value.username, 'username', 'CreateDebugPasswordResponse');
    eventstream_rpc_utils.validateValueAsDate(value.passwordExpiration, 'passwordExpiration', 'CreateDebugPasswordResponse');
    eventstream_rpc_utils.validateValueAsOptionalString(value.certificateSHA256Hash, 'certificateSHA256Hash', 'CreateDebugPasswordResponse');
    eventstream_rpc_utils.validateValueAsOptionalString(value.certificateSHA1Hash, 'certificateSHA1Hash', 'CreateDebugPasswordResponse');
}
exports.validateCreateDebugPasswordResponse = validateCreateDebugPasswordResponse;
function validateCreateDebugPasswordRequest(value) {
}
exports.validateCreateDebugPasswordRequest = validateCreateDebugPasswordRequest;
function validateListComponentsResponse(value) {
    eventstream_rpc_utils.validateValueAsOptionalArray(value.components, validateComponentDetails, 'components', 'ListComponentsResponse');
}
exports.validateListComponentsResponse = validateListComponentsResponse;
function validateListComponentsRequest(value) {
}
exports.validateListComponentsRequest = validateListComponentsRequest;
function validateInvalidClientDeviceAuthTokenError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'InvalidClientDeviceAuthTokenError');
}
exports.validateInvalidClientDeviceAuthTokenError = validateInvalidClientDeviceAuthTokenError;
function validateAuthorizeClientDeviceActionResponse(value) {
    eventstream_rpc_utils.validateValueAsBoolean(value.isAuthorized, 'isAuthorized', 'AuthorizeClientDeviceActionResponse');
}
exports.validateAuthorizeClientDeviceActionResponse = validateAuthorizeClientDeviceActionResponse;
function validateAuthorizeClientDeviceActionRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.clientDeviceAuthToken, 'clientDeviceAuthToken', 'AuthorizeClientDeviceActionRequest');
    eventstream_rpc_utils.validateValueAsString(value.operation, 'operation', 'AuthorizeClientDeviceActionRequest');
    eventstream_rpc_utils.validateValueAsString(value.resource, 'resource', 'AuthorizeClientDeviceActionRequest');
}
exports.validateAuthorizeClientDeviceActionRequest = validateAuthorizeClientDeviceActionRequest;
function validateVerifyClientDeviceIdentityResponse(value) {
    eventstream_rpc_utils.validateValueAsBoolean(value.isValidClientDevice, 'isValidClientDevice', 'VerifyClientDeviceIdentityResponse');
}
exports.validateVerifyClientDeviceIdentityResponse = validateVerifyClientDeviceIdentityResponse;
function validateVerifyClientDeviceIdentityRequest(value) {
    eventstream_rpc_utils.validateValueAsUnion(value.credential, _ClientDeviceCredentialPropertyValidators);
}
exports.validateVerifyClientDeviceIdentityRequest = validateVerifyClientDeviceIdentityRequest;
function validateSubscribeToCertificateUpdatesResponse(value) {
}
exports.validateSubscribeToCertificateUpdatesResponse = validateSubscribeToCertificateUpdatesResponse;
function validateSubscribeToCertificateUpdatesRequest(value) {
    eventstream_rpc_utils.validateValueAsObject(value.certificateOptions, validateCertificateOptions, 'certificateOptions', 'SubscribeToCertificateUpdatesRequest');
}
exports.validateSubscribeToCertificateUpdatesRequest = validateSubscribeToCertificateUpdatesRequest;
function validatePublishToTopicResponse(value) {
}
exports.validatePublishToTopicResponse = validatePublishToTopicResponse;
function validatePublishToTopicRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.topic, 'topic', 'PublishToTopicRequest');
    eventstream_rpc_utils.validateValueAsUnion(value.publishMessage, _PublishMessagePropertyValidators);
}
exports.validatePublishToTopicRequest = validatePublishToTopicRequest;
function validateInvalidCredentialError(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'InvalidCredentialError');
}
exports.validateInvalidCredentialError = validateInvalidCredentialError;
function validateGetClientDeviceAuthTokenResponse(value) {
    eventstream_rpc_utils.validateValueAsString(value.clientDeviceAuthToken, 'clientDeviceAuthToken', 'GetClientDeviceAuthTokenResponse');
}
exports.validateGetClientDeviceAuthTokenResponse = validateGetClientDeviceAuthTokenResponse;
function validateGetClientDeviceAuthTokenRequest(value) {
    eventstream_rpc_utils.validateValueAsUnion(value.credential, _CredentialDocumentPropertyValidators);
}
exports.validateGetClientDeviceAuthTokenRequest = validateGetClientDeviceAuthTokenRequest;
function validateGetComponentDetailsResponse(value) {
    eventstream_rpc_utils.validateValueAsObject(value.componentDetails, validateComponentDetails, 'componentDetails', 'GetComponentDetailsResponse');
}
exports.validateGetComponentDetailsResponse = validateGetComponentDetailsResponse;
function validateGetComponentDetailsRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.componentName, 'componentName', 'GetComponentDetailsRequest');
}
exports.validateGetComponentDetailsRequest = validateGetComponentDetailsRequest;
function validateSubscribeToTopicResponse(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.topicName, 'topicName', 'SubscribeToTopicResponse');
}
exports.validateSubscribeToTopicResponse = validateSubscribeToTopicResponse;
function validateSubscribeToTopicRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.topic, 'topic', 'SubscribeToTopicRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.receiveMode, 'receiveMode', 'SubscribeToTopicRequest');
}
exports.validateSubscribeToTopicRequest = validateSubscribeToTopicRequest;
function validateGetConfigurationResponse(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.componentName, 'componentName', 'GetConfigurationResponse');
    eventstream_rpc_utils.validateValueAsOptionalAny(value.value, 'value', 'GetConfigurationResponse');
}
exports.validateGetConfigurationResponse = validateGetConfigurationResponse;
function validateGetConfigurationRequest(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.componentName, 'componentName', 'GetConfigurationRequest');
    eventstream_rpc_utils.validateValueAsArray(value.keyPath, eventstream_rpc_utils.validateValueAsString, 'keyPath', 'GetConfigurationRequest');
}
exports.validateGetConfigurationRequest = validateGetConfigurationRequest;
function validateSubscribeToValidateConfigurationUpdatesResponse(value) {
}
exports.validateSubscribeToValidateConfigurationUpdatesResponse = validateSubscribeToValidateConfigurationUpdatesResponse;
function validateSubscribeToValidateConfigurationUpdatesRequest(value) {
}
exports.validateSubscribeToValidateConfigurationUpdatesRequest = validateSubscribeToValidateConfigurationUpdatesRequest;
function validateDeferComponentUpdateResponse(value) {
}
exports.validateDeferComponentUpdateResponse = validateDeferComponentUpdateResponse;
function validateDeferComponentUpdateRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.deploymentId, 'deploymentId', 'DeferComponentUpdateRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.message, 'message', 'DeferComponentUpdateRequest');
    eventstream_rpc_utils.validateValueAsOptionalInteger(value.recheckAfterMs, 'recheckAfterMs', 'DeferComponentUpdateRequest');
}
exports.validateDeferComponentUpdateRequest = validateDeferComponentUpdateRequest;
function validatePutComponentMetricResponse(value) {
}
exports.validatePutComponentMetricResponse = validatePutComponentMetricResponse;
function validatePutComponentMetricRequest(value) {
    eventstream_rpc_utils.validateValueAsArray(value.metrics, validateMetric, 'metrics', 'PutComponentMetricRequest');
}
exports.validatePutComponentMetricRequest = validatePutComponentMetricRequest;
function validateDeleteThingShadowResponse(value) {
    eventstream_rpc_utils.validateValueAsBlob(value.payload, 'payload', 'DeleteThingShadowResponse');
}
exports.validateDeleteThingShadowResponse = validateDeleteThingShadowResponse;
function validateDeleteThingShadowRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.thingName, 'thingName', 'DeleteThingShadowRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.shadowName, 'shadowName', 'DeleteThingShadowRequest');
}
exports.validateDeleteThingShadowRequest = validateDeleteThingShadowRequest;
function validateSubscribeToConfigurationUpdateResponse(value) {
}
exports.validateSubscribeToConfigurationUpdateResponse = validateSubscribeToConfigurationUpdateResponse;
function validateSubscribeToConfigurationUpdateRequest(value) {
    eventstream_rpc_utils.validateValueAsOptionalString(value.componentName, 'componentName', 'SubscribeToConfigurationUpdateRequest');
    eventstream_rpc_utils.validateValueAsArray(value.keyPath, eventstream_rpc_utils.validateValueAsString, 'keyPath', 'SubscribeToConfigurationUpdateRequest');
}
exports.validateSubscribeToConfigurationUpdateRequest = validateSubscribeToConfigurationUpdateRequest;
function validatePublishToIoTCoreResponse(value) {
}
exports.validatePublishToIoTCoreResponse = validatePublishToIoTCoreResponse;
function validatePublishToIoTCoreRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.topicName, 'topicName', 'PublishToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsString(value.qos, 'qos', 'PublishToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsOptionalBlob(value.payload, 'payload', 'PublishToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsOptionalBoolean(value.retain, 'retain', 'PublishToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsOptionalArray(value.userProperties, validateUserProperty, 'userProperties', 'PublishToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsOptionalInteger(value.messageExpiryIntervalSeconds, 'messageExpiryIntervalSeconds', 'PublishToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsOptionalBlob(value.correlationData, 'correlationData', 'PublishToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.responseTopic, 'responseTopic', 'PublishToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.payloadFormat, 'payloadFormat', 'PublishToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsOptionalString(value.contentType, 'contentType', 'PublishToIoTCoreRequest');
}
exports.validatePublishToIoTCoreRequest = validatePublishToIoTCoreRequest;
function validateResumeComponentResponse(value) {
}
exports.validateResumeComponentResponse = validateResumeComponentResponse;
function validateResumeComponentRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.componentName, 'componentName', 'ResumeComponentRequest');
}
exports.validateResumeComponentRequest = validateResumeComponentRequest;
function validateSubscribeToIoTCoreResponse(value) {
}
exports.validateSubscribeToIoTCoreResponse = validateSubscribeToIoTCoreResponse;
function validateSubscribeToIoTCoreRequest(value) {
    eventstream_rpc_utils.validateValueAsString(value.topicName, 'topicName', 'SubscribeToIoTCoreRequest');
    eventstream_rpc_utils.validateValueAsString(value.qos, 'qos', 'SubscribeToIoTCoreRequest');
}
exports.validateSubscribeToIoTCoreRequest = validateSubscribeToIoTCoreRequest;
function deserializeUserProperty(value) {
    return value;
}
exports.deserializeUserProperty = deserializeUserProperty;
function deserializeSystemResourceLimits(value) {
    return value;
}
exports.deserializeSystemResourceLimits = deserializeSystemResourceLimits;
function deserializeDeploymentStatusDetails(value) {
    return value;
}
exports.deserializeDeploymentStatusDetails = deserializeDeploymentStatusDetails;
function deserializeMessageContext(value) {
    return value;
}
exports.deserializeMessageContext = deserializeMessageContext;
function deserializeRunWithInfo(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'systemResourceLimits', value.systemResourceLimits, deserializeSystemResourceLimits);
    return value;
}
exports.deserializeRunWithInfo = deserializeRunWithInfo;
function deserializeLocalDeployment(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'deploymentStatusDetails', value.deploymentStatusDetails, deserializeDeploymentStatusDetails);
    return value;
}
exports.deserializeLocalDeployment = deserializeLocalDeployment;
function deserializePostComponentUpdateEvent(value) {
    return value;
}
exports.deserializePostComponentUpdateEvent = deserializePostComponentUpdateEvent;
function deserializePreComponentUpdateEvent(value) {
    return value;
}
exports.deserializePreComponentUpdateEvent = deserializePreComponentUpdateEvent;
function deserializeComponentDetails(value) {
    return value;
}
exports.deserializeComponentDetails = deserializeComponentDetails;
function deserializeCertificateUpdate(value) {
    return value;
}
exports.deserializeCertificateUpdate = deserializeCertificateUpdate;
function deserializeBinaryMessage(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'message', value.message, eventstream_rpc_utils.transformStringAsPayload);
    eventstream_rpc_utils.setDefinedProperty(value, 'context', value.context, deserializeMessageContext);
    return value;
}
exports.deserializeBinaryMessage = deserializeBinaryMessage;
function deserializeJsonMessage(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'context', value.context, deserializeMessageContext);
    return value;
}
exports.deserializeJsonMessage = deserializeJsonMessage;
function deserializeMQTTCredential(value) {
    return value;
}
exports.deserializeMQTTCredential = deserializeMQTTCredential;
function deserializeValidateConfigurationUpdateEvent(value) {
    return value;
}
exports.deserializeValidateConfigurationUpdateEvent = deserializeValidateConfigurationUpdateEvent;
function deserializeMetric(value) {
    return value;
}
exports.deserializeMetric = deserializeMetric;
function deserializeConfigurationUpdateEvent(value) {
    return value;
}
exports.deserializeConfigurationUpdateEvent = deserializeConfigurationUpdateEvent;
function deserializeMQTTMessage(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'payload', value.payload, eventstream_rpc_utils.transformStringAsPayload);
    eventstream_rpc_utils.setDefinedArrayProperty(value, 'userProperties', value.userProperties, deserializeUserProperty);
    eventstream_rpc_utils.setDefinedProperty(value, 'correlationData', value.correlationData, eventstream_rpc_utils.transformStringAsPayload);
    return value;
}
exports.deserializeMQTTMessage = deserializeMQTTMessage;
function deserializeComponentUpdatePolicyEvents(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'preUpdateEvent', value.preUpdateEvent, deserializePreComponentUpdateEvent);
    eventstream_rpc_utils.setDefinedProperty(value, 'postUpdateEvent', value.postUpdateEvent, deserializePostComponentUpdateEvent);
    return value;
}
exports.deserializeComponentUpdatePolicyEvents = deserializeComponentUpdatePolicyEvents;
function deserializeSecretValue(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'secretBinary', value.secretBinary, eventstream_rpc_utils.transformStringAsPayload);
    return value;
}
exports.deserializeSecretValue = deserializeSecretValue;
function deserializeConfigurationValidityReport(value) {
    return value;
}
exports.deserializeConfigurationValidityReport = deserializeConfigurationValidityReport;
function deserializeClientDeviceCredential(value) {
    return value;
}
exports.deserializeClientDeviceCredential = deserializeClientDeviceCredential;
function deserializeCertificateUpdateEvent(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'certificateUpdate', value.certificateUpdate, deserializeCertificateUpdate);
    return value;
}
exports.deserializeCertificateUpdateEvent = deserializeCertificateUpdateEvent;
function deserializeCertificateOptions(value) {
    return value;
}
exports.deserializeCertificateOptions = deserializeCertificateOptions;
function deserializePublishMessage(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'jsonMessage', value.jsonMessage, deserializeJsonMessage);
    eventstream_rpc_utils.setDefinedProperty(value, 'binaryMessage', value.binaryMessage, deserializeBinaryMessage);
    return value;
}
exports.deserializePublishMessage = deserializePublishMessage;
function deserializeCredentialDocument(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'mqttCredential', value.mqttCredential, deserializeMQTTCredential);
    return value;
}
exports.deserializeCredentialDocument = deserializeCredentialDocument;
function deserializeSubscriptionResponseMessage(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'jsonMessage', value.jsonMessage, deserializeJsonMessage);
    eventstream_rpc_utils.setDefinedProperty(value, 'binaryMessage', value.binaryMessage, deserializeBinaryMessage);
    return value;
}
exports.deserializeSubscriptionResponseMessage = deserializeSubscriptionResponseMessage;
function deserializeValidateConfigurationUpdateEvents(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'validateConfigurationUpdateEvent', value.validateConfigurationUpdateEvent, deserializeValidateConfigurationUpdateEvent);
    return value;
}
exports.deserializeValidateConfigurationUpdateEvents = deserializeValidateConfigurationUpdateEvents;
function deserializeConfigurationUpdateEvents(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'configurationUpdateEvent', value.configurationUpdateEvent, deserializeConfigurationUpdateEvent);
    return value;
}
exports.deserializeConfigurationUpdateEvents = deserializeConfigurationUpdateEvents;
function deserializeIoTCoreMessage(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'message', value.message, deserializeMQTTMessage);
    return value;
}
exports.deserializeIoTCoreMessage = deserializeIoTCoreMessage;
function deserializeInvalidArgumentsError(value) {
    return value;
}
exports.deserializeInvalidArgumentsError = deserializeInvalidArgumentsError;
function deserializeInvalidArtifactsDirectoryPathError(value) {
    return value;
}
exports.deserializeInvalidArtifactsDirectoryPathError = deserializeInvalidArtifactsDirectoryPathError;
function deserializeInvalidRecipeDirectoryPathError(value) {
    return value;
}
exports.deserializeInvalidRecipeDirectoryPathError = deserializeInvalidRecipeDirectoryPathError;
function deserializeServiceError(value) {
    return value;
}
exports.deserializeServiceError = deserializeServiceError;
function deserializeCreateLocalDeploymentResponse(value) {
    return value;
}
exports.deserializeCreateLocalDeploymentResponse = deserializeCreateLocalDeploymentResponse;
function deserializeCreateLocalDeploymentRequest(value) {
    eventstream_rpc_utils.setDefinedObjectPropertyAsMap(value, 'componentToRunWithInfo', value.componentToRunWithInfo, undefined, deserializeRunWithInfo);
    return value;
}
exports.deserializeCreateLocalDeploymentRequest = deserializeCreateLocalDeploymentRequest;
function deserializeResourceNotFoundError(value) {
    return value;
}
exports.deserializeResourceNotFoundError = deserializeResourceNotFoundError;
function deserializeUnauthorizedError(value) {
    return value;
}
exports.deserializeUnauthorizedError = deserializeUnauthorizedError;
function deserializePauseComponentResponse(value) {
    return value;
}
exports.deserializePauseComponentResponse = deserializePauseComponentResponse;
function deserializePauseComponentRequest(value) {
    return value;
}
exports.deserializePauseComponentRequest = deserializePauseComponentRequest;
function deserializeComponentNotFoundError(value) {
    return value;
}
exports.deserializeComponentNotFoundError = deserializeComponentNotFoundError;
function deserializeStopComponentResponse(value) {
    return value;
}
exports.deserializeStopComponentResponse = deserializeStopComponentResponse;
function deserializeStopComponentRequest(value) {
    return value;
}
exports.deserializeStopComponentRequest = deserializeStopComponentRequest;
function deserializeListLocalDeploymentsResponse(value) {
    eventstream_rpc_utils.setDefinedArrayProperty(value, 'localDeployments', value.localDeployments, deserializeLocalDeployment);
    return value;
}
exports.deserializeListLocalDeploymentsResponse = deserializeListLocalDeploymentsResponse;
function deserializeListLocalDeploymentsRequest(value) {
    return value;
}
exports.deserializeListLocalDeploymentsRequest = deserializeListLocalDeploymentsRequest;
function deserializeSubscribeToComponentUpdatesResponse(value) {
    return value;
}
exports.deserializeSubscribeToComponentUpdatesResponse = deserializeSubscribeToComponentUpdatesResponse;
function deserializeSubscribeToComponentUpdatesRequest(value) {
    return value;
}
exports.deserializeSubscribeToComponentUpdatesRequest = deserializeSubscribeToComponentUpdatesRequest;
function deserializeListNamedShadowsForThingResponse(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'timestamp', value.timestamp, eventstream_rpc_utils.transformNumberAsDate);
    return value;
}
exports.deserializeListNamedShadowsForThingResponse = deserializeListNamedShadowsForThingResponse;
function deserializeListNamedShadowsForThingRequest(value) {
    return value;
}
exports.deserializeListNamedShadowsForThingRequest = deserializeListNamedShadowsForThingRequest;
function deserializeCancelLocalDeploymentResponse(value) {
    return value;
}
exports.deserializeCancelLocalDeploymentResponse = deserializeCancelLocalDeploymentResponse;
function deserializeCancelLocalDeploymentRequest(value) {
    return value;
}
exports.deserializeCancelLocalDeploymentRequest = deserializeCancelLocalDeploymentRequest;
function deserializeUpdateStateResponse(value) {
    return value;
}
exports.deserializeUpdateStateResponse = deserializeUpdateStateResponse;
function deserializeUpdateStateRequest(value) {
    return value;
}
exports.deserializeUpdateStateRequest = deserializeUpdateStateRequest;
function deserializeGetSecretValueResponse(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'secretValue', value.secretValue, deserializeSecretValue);
    return value;
}
exports.deserializeGetSecretValueResponse = deserializeGetSecretValueResponse;
function deserializeGetSecretValueRequest(value) {
    return value;
}
exports.deserializeGetSecretValueRequest = deserializeGetSecretValueRequest;
function deserializeGetLocalDeploymentStatusResponse(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'deployment', value.deployment, deserializeLocalDeployment);
    return value;
}
exports.deserializeGetLocalDeploymentStatusResponse = deserializeGetLocalDeploymentStatusResponse;
function deserializeGetLocalDeploymentStatusRequest(value) {
    return value;
}
exports.deserializeGetLocalDeploymentStatusRequest = deserializeGetLocalDeploymentStatusRequest;
function deserializeRestartComponentResponse(value) {
    return value;
}
exports.deserializeRestartComponentResponse = deserializeRestartComponentResponse;
function deserializeRestartComponentRequest(value) {
    return value;
}
exports.deserializeRestartComponentRequest = deserializeRestartComponentRequest;
function deserializeInvalidTokenError(value) {
    return value;
}
exports.deserializeInvalidTokenError = deserializeInvalidTokenError;
function deserializeValidateAuthorizationTokenResponse(value) {
    return value;
}
exports.deserializeValidateAuthorizationTokenResponse = deserializeValidateAuthorizationTokenResponse;
function deserializeValidateAuthorizationTokenRequest(value) {
    return value;
}
exports.deserializeValidateAuthorizationTokenRequest = deserializeValidateAuthorizationTokenRequest;
function deserializeFailedUpdateConditionCheckError(value) {
    return value;
}
exports.deserializeFailedUpdateConditionCheckError = deserializeFailedUpdateConditionCheckError;
function deserializeConflictError(value) {
    return value;
}
exports.deserializeConflictError = deserializeConflictError;
function deserializeUpdateConfigurationResponse(value) {
    return value;
}
exports.deserializeUpdateConfigurationResponse = deserializeUpdateConfigurationResponse;
function deserializeUpdateConfigurationRequest(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'timestamp', value.timestamp, eventstream_rpc_utils.transformNumberAsDate);
    return value;
}
exports.deserializeUpdateConfigurationRequest = deserializeUpdateConfigurationRequest;
function deserializeUpdateThingShadowResponse(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'payload', value.payload, eventstream_rpc_utils.transformStringAsPayload);
    return value;
}
exports.deserializeUpdateThingShadowResponse = deserializeUpdateThingShadowResponse;
function deserializeUpdateThingShadowRequest(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'payload', value.payload, eventstream_rpc_utils.transformStringAsPayload);
    return value;
}
exports.deserializeUpdateThingShadowRequest = deserializeUpdateThingShadowRequest;
function deserializeSendConfigurationValidityReportResponse(value) {
    return value;
}
exports.deserializeSendConfigurationValidityReportResponse = deserializeSendConfigurationValidityReportResponse;
function deserializeSendConfigurationValidityReportRequest(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'configurationValidityReport', value.configurationValidityReport, deserializeConfigurationValidityReport);
    return value;
}
exports.deserializeSendConfigurationValidityReportRequest = deserializeSendConfigurationValidityReportRequest;
function deserializeGetThingShadowResponse(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'payload', value.payload, eventstream_rpc_utils.transformStringAsPayload);
    return value;
}
exports.deserializeGetThingShadowResponse = deserializeGetThingShadowResponse;
function deserializeGetThingShadowRequest(value) {
    return value;
}
exports.deserializeGetThingShadowRequest = deserializeGetThingShadowRequest;
function deserializeCreateDebugPasswordResponse(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'passwordExpiration', value.passwordExpiration, eventstream_rpc_utils.transformNumberAsDate);
    return value;
}
exports.deserializeCreateDebugPasswordResponse = deserializeCreateDebugPasswordResponse;
function deserializeCreateDebugPasswordRequest(value) {
    return value;
}
exports.deserializeCreateDebugPasswordRequest = deserializeCreateDebugPasswordRequest;
function deserializeListComponentsResponse(value) {
    eventstream_rpc_utils.setDefinedArrayProperty(value, 'components', value.components, deserializeComponentDetails);
    return value;
}
exports.deserializeListComponentsResponse = deserializeListComponentsResponse;
function deserializeListComponentsRequest(value) {
    return value;
}
exports.deserializeListComponentsRequest = deserializeListComponentsRequest;
function deserializeInvalidClientDeviceAuthTokenError(value) {
    return value;
}
exports.deserializeInvalidClientDeviceAuthTokenError = deserializeInvalidClientDeviceAuthTokenError;
function deserializeAuthorizeClientDeviceActionResponse(value) {
    return value;
}
exports.deserializeAuthorizeClientDeviceActionResponse = deserializeAuthorizeClientDeviceActionResponse;
function deserializeAuthorizeClientDeviceActionRequest(value) {
    return value;
}
exports.deserializeAuthorizeClientDeviceActionRequest = deserializeAuthorizeClientDeviceActionRequest;
function deserializeVerifyClientDeviceIdentityResponse(value) {
    return value;
}
exports.deserializeVerifyClientDeviceIdentityResponse = deserializeVerifyClientDeviceIdentityResponse;
function deserializeVerifyClientDeviceIdentityRequest(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'credential', value.credential, deserializeClientDeviceCredential);
    return value;
}
exports.deserializeVerifyClientDeviceIdentityRequest = deserializeVerifyClientDeviceIdentityRequest;
function deserializeSubscribeToCertificateUpdatesResponse(value) {
    return value;
}
exports.deserializeSubscribeToCertificateUpdatesResponse = deserializeSubscribeToCertificateUpdatesResponse;
function deserializeSubscribeToCertificateUpdatesRequest(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'certificateOptions', value.certificateOptions, deserializeCertificateOptions);
    return value;
}
exports.deserializeSubscribeToCertificateUpdatesRequest = deserializeSubscribeToCertificateUpdatesRequest;
function deserializePublishToTopicResponse(value) {
    return value;
}
exports.deserializePublishToTopicResponse = deserializePublishToTopicResponse;
function deserializePublishToTopicRequest(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'publishMessage', value.publishMessage, deserializePublishMessage);
    return value;
}
exports.deserializePublishToTopicRequest = deserializePublishToTopicRequest;
function deserializeInvalidCredentialError(value) {
    return value;
}
exports.deserializeInvalidCredentialError = deserializeInvalidCredentialError;
function deserializeGetClientDeviceAuthTokenResponse(value) {
    return value;
}
exports.deserializeGetClientDeviceAuthTokenResponse = deserializeGetClientDeviceAuthTokenResponse;
function deserializeGetClientDeviceAuthTokenRequest(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'credential', value.credential, deserializeCredentialDocument);
    return value;
}
exports.deserializeGetClientDeviceAuthTokenRequest = deserializeGetClientDeviceAuthTokenRequest;
function deserializeGetComponentDetailsResponse(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'componentDetails', value.componentDetails, deserializeComponentDetails);
    return value;
}
exports.deserializeGetComponentDetailsResponse = deserializeGetComponentDetailsResponse;
function deserializeGetComponentDetailsRequest(value) {
    return value;
}
exports.deserializeGetComponentDetailsRequest = deserializeGetComponentDetailsRequest;
function deserializeSubscribeToTopicResponse(value) {
    return value;
}
exports.deserializeSubscribeToTopicResponse = deserializeSubscribeToTopicResponse;
function deserializeSubscribeToTopicRequest(value) {
    return value;
}
exports.deserializeSubscribeToTopicRequest = deserializeSubscribeToTopicRequest;
function deserializeGetConfigurationResponse(value) {
    return value;
}
exports.deserializeGetConfigurationResponse = deserializeGetConfigurationResponse;
function deserializeGetConfigurationRequest(value) {
    return value;
}
exports.deserializeGetConfigurationRequest = deserializeGetConfigurationRequest;
function deserializeSubscribeToValidateConfigurationUpdatesResponse(value) {
    return value;
}
exports.deserializeSubscribeToValidateConfigurationUpdatesResponse = deserializeSubscribeToValidateConfigurationUpdatesResponse;
function deserializeSubscribeToValidateConfigurationUpdatesRequest(value) {
    return value;
}
exports.deserializeSubscribeToValidateConfigurationUpdatesRequest = deserializeSubscribeToValidateConfigurationUpdatesRequest;
function deserializeDeferComponentUpdateResponse(value) {
    return value;
}
exports.deserializeDeferComponentUpdateResponse = deserializeDeferComponentUpdateResponse;
function deserializeDeferComponentUpdateRequest(value) {
    return value;
}
exports.deserializeDeferComponentUpdateRequest = deserializeDeferComponentUpdateRequest;
function deserializePutComponentMetricResponse(value) {
    return value;
}
exports.deserializePutComponentMetricResponse = deserializePutComponentMetricResponse;
function deserializePutComponentMetricRequest(value) {
    eventstream_rpc_utils.setDefinedArrayProperty(value, 'metrics', value.metrics, deserializeMetric);
    return value;
}
exports.deserializePutComponentMetricRequest = deserializePutComponentMetricRequest;
function deserializeDeleteThingShadowResponse(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'payload', value.payload, eventstream_rpc_utils.transformStringAsPayload);
    return value;
}
exports.deserializeDeleteThingShadowResponse = deserializeDeleteThingShadowResponse;
function deserializeDeleteThingShadowRequest(value) {
    return value;
}
exports.deserializeDeleteThingShadowRequest = deserializeDeleteThingShadowRequest;
function deserializeSubscribeToConfigurationUpdateResponse(value) {
    return value;
}
exports.deserializeSubscribeToConfigurationUpdateResponse = deserializeSubscribeToConfigurationUpdateResponse;
function deserializeSubscribeToConfigurationUpdateRequest(value) {
    return value;
}
exports.deserializeSubscribeToConfigurationUpdateRequest = deserializeSubscribeToConfigurationUpdateRequest;
function deserializePublishToIoTCoreResponse(value) {
    return value;
}
exports.deserializePublishToIoTCoreResponse = deserializePublishToIoTCoreResponse;
function deserializePublishToIoTCoreRequest(value) {
    eventstream_rpc_utils.setDefinedProperty(value, 'payload', value.payload, eventstream_rpc_utils.transformStringAsPayload);
    eventstream_rpc_utils.setDefinedArrayProperty(value, 'userProperties', value.userProperties, deserializeUserProperty);
    eventstream_rpc_utils.setDefinedProperty(value, 'correlationData', value.correlationData, eventstream_rpc_utils.transformStringAsPayload);
    return value;
}
exports.deserializePublishToIoTCoreRequest = deserializePublishToIoTCoreRequest;
function deserializeResumeComponentResponse(value) {
    return value;
}
exports.deserializeResumeComponentResponse = deserializeResumeComponentResponse;
function deserializeResumeComponentRequest(value) {
    return value;
}
exports.deserializeResumeComponentRequest = deserializeResumeComponentRequest;
function deserializeSubscribeToIoTCoreResponse(value) {
    return value;
}
exports.deserializeSubscribeToIoTCoreResponse = deserializeSubscribeToIoTCoreResponse;
function deserializeSubscribeToIoTCoreRequest(value) {
    return value;
}
exports.deserializeSubscribeToIoTCoreRequest = deserializeSubscribeToIoTCoreRequest;
function deserializeEventstreamMessageToConflictError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeConflictError(response);
}
exports.deserializeEventstreamMessageToConflictError = deserializeEventstreamMessageToConflictError;
function deserializeEventstreamMessageToCreateDebugPasswordResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeCreateDebugPasswordResponse(response);
}
exports.deserializeEventstreamMessageToCreateDebugPasswordResponse = deserializeEventstreamMessageToCreateDebugPasswordResponse;
function deserializeEventstreamMessageToSubscriptionResponseMessage(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeSubscriptionResponseMessage(response);
}
exports.deserializeEventstreamMessageToSubscriptionResponseMessage = deserializeEventstreamMessageToSubscriptionResponseMessage;
function deserializeEventstreamMessageToFailedUpdateConditionCheckError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeFailedUpdateConditionCheckError(response);
}
exports.deserializeEventstreamMessageToFailedUpdateConditionCheckError = deserializeEventstreamMessageToFailedUpdateConditionCheckError;
function deserializeEventstreamMessageToListNamedShadowsForThingResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeListNamedShadowsForThingResponse(response);
}
exports.deserializeEventstreamMessageToListNamedShadowsForThingResponse = deserializeEventstreamMessageToListNamedShadowsForThingResponse;
function deserializeEventstreamMessageToComponentNotFoundError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeComponentNotFoundError(response);
}
exports.deserializeEventstreamMessageToComponentNotFoundError = deserializeEventstreamMessageToComponentNotFoundError;
function deserializeEventstreamMessageToCertificateUpdateEvent(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeCertificateUpdateEvent(response);
}
exports.deserializeEventstreamMessageToCertificateUpdateEvent = deserializeEventstreamMessageToCertificateUpdateEvent;
function deserializeEventstreamMessageToGetSecretValueResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeGetSecretValueResponse(response);
}
exports.deserializeEventstreamMessageToGetSecretValueResponse = deserializeEventstreamMessageToGetSecretValueResponse;
function deserializeEventstreamMessageToSubscribeToIoTCoreResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeSubscribeToIoTCoreResponse(response);
}
exports.deserializeEventstreamMessageToSubscribeToIoTCoreResponse = deserializeEventstreamMessageToSubscribeToIoTCoreResponse;
function deserializeEventstreamMessageToInvalidRecipeDirectoryPathError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeInvalidRecipeDirectoryPathError(response);
}
exports.deserializeEventstreamMessageToInvalidRecipeDirectoryPathError = deserializeEventstreamMessageToInvalidRecipeDirectoryPathError;
function deserializeEventstreamMessageToListLocalDeploymentsResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeListLocalDeploymentsResponse(response);
}
exports.deserializeEventstreamMessageToListLocalDeploymentsResponse = deserializeEventstreamMessageToListLocalDeploymentsResponse;
function deserializeEventstreamMessageToResumeComponentResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeResumeComponentResponse(response);
}
exports.deserializeEventstreamMessageToResumeComponentResponse = deserializeEventstreamMessageToResumeComponentResponse;
function deserializeEventstreamMessageToInvalidArgumentsError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeInvalidArgumentsError(response);
}
exports.deserializeEventstreamMessageToInvalidArgumentsError = deserializeEventstreamMessageToInvalidArgumentsError;
function deserializeEventstreamMessageToGetComponentDetailsResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeGetComponentDetailsResponse(response);
}
exports.deserializeEventstreamMessageToGetComponentDetailsResponse = deserializeEventstreamMessageToGetComponentDetailsResponse;
function deserializeEventstreamMessageToPutComponentMetricResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializePutComponentMetricResponse(response);
}
exports.deserializeEventstreamMessageToPutComponentMetricResponse = deserializeEventstreamMessageToPutComponentMetricResponse;
function deserializeEventstreamMessageToComponentUpdatePolicyEvents(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeComponentUpdatePolicyEvents(response);
}
exports.deserializeEventstreamMessageToComponentUpdatePolicyEvents = deserializeEventstreamMessageToComponentUpdatePolicyEvents;
function deserializeEventstreamMessageToIoTCoreMessage(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeIoTCoreMessage(response);
}
exports.deserializeEventstreamMessageToIoTCoreMessage = deserializeEventstreamMessageToIoTCoreMessage;
function deserializeEventstreamMessageToUpdateStateResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeUpdateStateResponse(response);
}
exports.deserializeEventstreamMessageToUpdateStateResponse = deserializeEventstreamMessageToUpdateStateResponse;
function deserializeEventstreamMessageToDeferComponentUpdateResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeDeferComponentUpdateResponse(response);
}
exports.deserializeEventstreamMessageToDeferComponentUpdateResponse = deserializeEventstreamMessageToDeferComponentUpdateResponse;
function deserializeEventstreamMessageToListComponentsResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeListComponentsResponse(response);
}
exports.deserializeEventstreamMessageToListComponentsResponse = deserializeEventstreamMessageToListComponentsResponse;
function deserializeEventstreamMessageToSubscribeToComponentUpdatesResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeSubscribeToComponentUpdatesResponse(response);
}
exports.deserializeEventstreamMessageToSubscribeToComponentUpdatesResponse = deserializeEventstreamMessageToSubscribeToComponentUpdatesResponse;
function deserializeEventstreamMessageToVerifyClientDeviceIdentityResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeVerifyClientDeviceIdentityResponse(response);
}
exports.deserializeEventstreamMessageToVerifyClientDeviceIdentityResponse = deserializeEventstreamMessageToVerifyClientDeviceIdentityResponse;
function deserializeEventstreamMessageToResourceNotFoundError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeResourceNotFoundError(response);
}
exports.deserializeEventstreamMessageToResourceNotFoundError = deserializeEventstreamMessageToResourceNotFoundError;
function deserializeEventstreamMessageToInvalidArtifactsDirectoryPathError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeInvalidArtifactsDirectoryPathError(response);
}
exports.deserializeEventstreamMessageToInvalidArtifactsDirectoryPathError = deserializeEventstreamMessageToInvalidArtifactsDirectoryPathError;
function deserializeEventstreamMessageToSendConfigurationValidityReportResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeSendConfigurationValidityReportResponse(response);
}
exports.deserializeEventstreamMessageToSendConfigurationValidityReportResponse = deserializeEventstreamMessageToSendConfigurationValidityReportResponse;
function deserializeEventstreamMessageToGetThingShadowResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeGetThingShadowResponse(response);
}
exports.deserializeEventstreamMessageToGetThingShadowResponse = deserializeEventstreamMessageToGetThingShadowResponse;
function deserializeEventstreamMessageToInvalidClientDeviceAuthTokenError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeInvalidClientDeviceAuthTokenError(response);
}
exports.deserializeEventstreamMessageToInvalidClientDeviceAuthTokenError = deserializeEventstreamMessageToInvalidClientDeviceAuthTokenError;
function deserializeEventstreamMessageToPublishToIoTCoreResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializePublishToIoTCoreResponse(response);
}
exports.deserializeEventstreamMessageToPublishToIoTCoreResponse = deserializeEventstreamMessageToPublishToIoTCoreResponse;
function deserializeEventstreamMessageToSubscribeToTopicResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeSubscribeToTopicResponse(response);
}
exports.deserializeEventstreamMessageToSubscribeToTopicResponse = deserializeEventstreamMessageToSubscribeToTopicResponse;
function deserializeEventstreamMessageToInvalidTokenError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeInvalidTokenError(response);
}
exports.deserializeEventstreamMessageToInvalidTokenError = deserializeEventstreamMessageToInvalidTokenError;
function deserializeEventstreamMessageToGetClientDeviceAuthTokenResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeGetClientDeviceAuthTokenResponse(response);
}
exports.deserializeEventstreamMessageToGetClientDeviceAuthTokenResponse = deserializeEventstreamMessageToGetClientDeviceAuthTokenResponse;
function deserializeEventstreamMessageToCreateLocalDeploymentResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeCreateLocalDeploymentResponse(response);
}
exports.deserializeEventstreamMessageToCreateLocalDeploymentResponse = deserializeEventstreamMessageToCreateLocalDeploymentResponse;
function deserializeEventstreamMessageToPublishToTopicResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializePublishToTopicResponse(response);
}
exports.deserializeEventstreamMessageToPublishToTopicResponse = deserializeEventstreamMessageToPublishToTopicResponse;
function deserializeEventstreamMessageToValidateAuthorizationTokenResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeValidateAuthorizationTokenResponse(response);
}
exports.deserializeEventstreamMessageToValidateAuthorizationTokenResponse = deserializeEventstreamMessageToValidateAuthorizationTokenResponse;
function deserializeEventstreamMessageToUpdateThingShadowResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeUpdateThingShadowResponse(response);
}
exports.deserializeEventstreamMessageToUpdateThingShadowResponse = deserializeEventstreamMessageToUpdateThingShadowResponse;
function deserializeEventstreamMessageToAuthorizeClientDeviceActionResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeAuthorizeClientDeviceActionResponse(response);
}
exports.deserializeEventstreamMessageToAuthorizeClientDeviceActionResponse = deserializeEventstreamMessageToAuthorizeClientDeviceActionResponse;
function deserializeEventstreamMessageToGetConfigurationResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeGetConfigurationResponse(response);
}
exports.deserializeEventstreamMessageToGetConfigurationResponse = deserializeEventstreamMessageToGetConfigurationResponse;
function deserializeEventstreamMessageToInvalidCredentialError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeInvalidCredentialError(response);
}
exports.deserializeEventstreamMessageToInvalidCredentialError = deserializeEventstreamMessageToInvalidCredentialError;
function deserializeEventstreamMessageToGetLocalDeploymentStatusResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeGetLocalDeploymentStatusResponse(response);
}
exports.deserializeEventstreamMessageToGetLocalDeploymentStatusResponse = deserializeEventstreamMessageToGetLocalDeploymentStatusResponse;
function deserializeEventstreamMessageToPauseComponentResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializePauseComponentResponse(response);
}
exports.deserializeEventstreamMessageToPauseComponentResponse = deserializeEventstreamMessageToPauseComponentResponse;
function deserializeEventstreamMessageToUnauthorizedError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeUnauthorizedError(response);
}
exports.deserializeEventstreamMessageToUnauthorizedError = deserializeEventstreamMessageToUnauthorizedError;
function deserializeEventstreamMessageToSubscribeToCertificateUpdatesResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeSubscribeToCertificateUpdatesResponse(response);
}
exports.deserializeEventstreamMessageToSubscribeToCertificateUpdatesResponse = deserializeEventstreamMessageToSubscribeToCertificateUpdatesResponse;
function deserializeEventstreamMessageToUpdateConfigurationResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeUpdateConfigurationResponse(response);
}
exports.deserializeEventstreamMessageToUpdateConfigurationResponse = deserializeEventstreamMessageToUpdateConfigurationResponse;
function deserializeEventstreamMessageToRestartComponentResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeRestartComponentResponse(response);
}
exports.deserializeEventstreamMessageToRestartComponentResponse = deserializeEventstreamMessageToRestartComponentResponse;
function deserializeEventstreamMessageToDeleteThingShadowResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeDeleteThingShadowResponse(response);
}
exports.deserializeEventstreamMessageToDeleteThingShadowResponse = deserializeEventstreamMessageToDeleteThingShadowResponse;
function deserializeEventstreamMessageToSubscribeToConfigurationUpdateResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeSubscribeToConfigurationUpdateResponse(response);
}
exports.deserializeEventstreamMessageToSubscribeToConfigurationUpdateResponse = deserializeEventstreamMessageToSubscribeToConfigurationUpdateResponse;
function deserializeEventstreamMessageToSubscribeToValidateConfigurationUpdatesResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeSubscribeToValidateConfigurationUpdatesResponse(response);
}
exports.deserializeEventstreamMessageToSubscribeToValidateConfigurationUpdatesResponse = deserializeEventstreamMessageToSubscribeToValidateConfigurationUpdatesResponse;
function deserializeEventstreamMessageToServiceError(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeServiceError(response);
}
exports.deserializeEventstreamMessageToServiceError = deserializeEventstreamMessageToServiceError;
function deserializeEventstreamMessageToConfigurationUpdateEvents(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeConfigurationUpdateEvents(response);
}
exports.deserializeEventstreamMessageToConfigurationUpdateEvents = deserializeEventstreamMessageToConfigurationUpdateEvents;
function deserializeEventstreamMessageToStopComponentResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeStopComponentResponse(response);
}
exports.deserializeEventstreamMessageToStopComponentResponse = deserializeEventstreamMessageToStopComponentResponse;
function deserializeEventstreamMessageToValidateConfigurationUpdateEvents(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeValidateConfigurationUpdateEvents(response);
}
exports.deserializeEventstreamMessageToValidateConfigurationUpdateEvents = deserializeEventstreamMessageToValidateConfigurationUpdateEvents;
function deserializeEventstreamMessageToCancelLocalDeploymentResponse(message) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(message.payload));
    let response = JSON.parse(payload_text);
    return deserializeCancelLocalDeploymentResponse(response);
}
exports.deserializeEventstreamMessageToCancelLocalDeploymentResponse = deserializeEventstreamMessageToCancelLocalDeploymentResponse;
function serializeGetComponentDetailsRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeGetComponentDetailsRequest(request))
    };
}
exports.serializeGetComponentDetailsRequestToEventstreamMessage = serializeGetComponentDetailsRequestToEventstreamMessage;
function serializePublishToTopicRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizePublishToTopicRequest(request))
    };
}
exports.serializePublishToTopicRequestToEventstreamMessage = serializePublishToTopicRequestToEventstreamMessage;
function serializeCreateDebugPasswordRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeCreateDebugPasswordRequest(request))
    };
}
exports.serializeCreateDebugPasswordRequestToEventstreamMessage = serializeCreateDebugPasswordRequestToEventstreamMessage;
function serializeUpdateThingShadowRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeUpdateThingShadowRequest(request))
    };
}
exports.serializeUpdateThingShadowRequestToEventstreamMessage = serializeUpdateThingShadowRequestToEventstreamMessage;
function serializeResumeComponentRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeResumeComponentRequest(request))
    };
}
exports.serializeResumeComponentRequestToEventstreamMessage = serializeResumeComponentRequestToEventstreamMessage;
function serializeStopComponentRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeStopComponentRequest(request))
    };
}
exports.serializeStopComponentRequestToEventstreamMessage = serializeStopComponentRequestToEventstreamMessage;
function serializeVerifyClientDeviceIdentityRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeVerifyClientDeviceIdentityRequest(request))
    };
}
exports.serializeVerifyClientDeviceIdentityRequestToEventstreamMessage = serializeVerifyClientDeviceIdentityRequestToEventstreamMessage;
function serializeAuthorizeClientDeviceActionRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeAuthorizeClientDeviceActionRequest(request))
    };
}
exports.serializeAuthorizeClientDeviceActionRequestToEventstreamMessage = serializeAuthorizeClientDeviceActionRequestToEventstreamMessage;
function serializeListLocalDeploymentsRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeListLocalDeploymentsRequest(request))
    };
}
exports.serializeListLocalDeploymentsRequestToEventstreamMessage = serializeListLocalDeploymentsRequestToEventstreamMessage;
function serializeSendConfigurationValidityReportRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeSendConfigurationValidityReportRequest(request))
    };
}
exports.serializeSendConfigurationValidityReportRequestToEventstreamMessage = serializeSendConfigurationValidityReportRequestToEventstreamMessage;
function serializeValidateAuthorizationTokenRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeValidateAuthorizationTokenRequest(request))
    };
}
exports.serializeValidateAuthorizationTokenRequestToEventstreamMessage = serializeValidateAuthorizationTokenRequestToEventstreamMessage;
function serializeGetClientDeviceAuthTokenRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeGetClientDeviceAuthTokenRequest(request))
    };
}
exports.serializeGetClientDeviceAuthTokenRequestToEventstreamMessage = serializeGetClientDeviceAuthTokenRequestToEventstreamMessage;
function serializePauseComponentRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizePauseComponentRequest(request))
    };
}
exports.serializePauseComponentRequestToEventstreamMessage = serializePauseComponentRequestToEventstreamMessage;
function serializePublishToIoTCoreRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizePublishToIoTCoreRequest(request))
    };
}
exports.serializePublishToIoTCoreRequestToEventstreamMessage = serializePublishToIoTCoreRequestToEventstreamMessage;
function serializeDeleteThingShadowRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeDeleteThingShadowRequest(request))
    };
}
exports.serializeDeleteThingShadowRequestToEventstreamMessage = serializeDeleteThingShadowRequestToEventstreamMessage;
function serializeGetConfigurationRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeGetConfigurationRequest(request))
    };
}
exports.serializeGetConfigurationRequestToEventstreamMessage = serializeGetConfigurationRequestToEventstreamMessage;
function serializeDeferComponentUpdateRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeDeferComponentUpdateRequest(request))
    };
}
exports.serializeDeferComponentUpdateRequestToEventstreamMessage = serializeDeferComponentUpdateRequestToEventstreamMessage;
function serializeGetSecretValueRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeGetSecretValueRequest(request))
    };
}
exports.serializeGetSecretValueRequestToEventstreamMessage = serializeGetSecretValueRequestToEventstreamMessage;
function serializeListComponentsRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeListComponentsRequest(request))
    };
}
exports.serializeListComponentsRequestToEventstreamMessage = serializeListComponentsRequestToEventstreamMessage;
function serializeSubscribeToTopicRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeSubscribeToTopicRequest(request))
    };
}
exports.serializeSubscribeToTopicRequestToEventstreamMessage = serializeSubscribeToTopicRequestToEventstreamMessage;
function serializeCancelLocalDeploymentRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeCancelLocalDeploymentRequest(request))
    };
}
exports.serializeCancelLocalDeploymentRequestToEventstreamMessage = serializeCancelLocalDeploymentRequestToEventstreamMessage;
function serializeSubscribeToCertificateUpdatesRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeSubscribeToCertificateUpdatesRequest(request))
    };
}
exports.serializeSubscribeToCertificateUpdatesRequestToEventstreamMessage = serializeSubscribeToCertificateUpdatesRequestToEventstreamMessage;
function serializeSubscribeToValidateConfigurationUpdatesRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeSubscribeToValidateConfigurationUpdatesRequest(request))
    };
}
exports.serializeSubscribeToValidateConfigurationUpdatesRequestToEventstreamMessage = serializeSubscribeToValidateConfigurationUpdatesRequestToEventstreamMessage;
function serializeCreateLocalDeploymentRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeCreateLocalDeploymentRequest(request))
    };
}
exports.serializeCreateLocalDeploymentRequestToEventstreamMessage = serializeCreateLocalDeploymentRequestToEventstreamMessage;
function serializePutComponentMetricRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizePutComponentMetricRequest(request))
    };
}
exports.serializePutComponentMetricRequestToEventstreamMessage = serializePutComponentMetricRequestToEventstreamMessage;
function serializeSubscribeToConfigurationUpdateRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeSubscribeToConfigurationUpdateRequest(request))
    };
}
exports.serializeSubscribeToConfigurationUpdateRequestToEventstreamMessage = serializeSubscribeToConfigurationUpdateRequestToEventstreamMessage;
function serializeSubscribeToComponentUpdatesRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeSubscribeToComponentUpdatesRequest(request))
    };
}
exports.serializeSubscribeToComponentUpdatesRequestToEventstreamMessage = serializeSubscribeToComponentUpdatesRequestToEventstreamMessage;
function serializeRestartComponentRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeRestartComponentRequest(request))
    };
}
exports.serializeRestartComponentRequestToEventstreamMessage = serializeRestartComponentRequestToEventstreamMessage;
function serializeListNamedShadowsForThingRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeListNamedShadowsForThingRequest(request))
    };
}
exports.serializeListNamedShadowsForThingRequestToEventstreamMessage = serializeListNamedShadowsForThingRequestToEventstreamMessage;
function serializeUpdateConfigurationRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeUpdateConfigurationRequest(request))
    };
}
exports.serializeUpdateConfigurationRequestToEventstreamMessage = serializeUpdateConfigurationRequestToEventstreamMessage;
function serializeGetLocalDeploymentStatusRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeGetLocalDeploymentStatusRequest(request))
    };
}
exports.serializeGetLocalDeploymentStatusRequestToEventstreamMessage = serializeGetLocalDeploymentStatusRequestToEventstreamMessage;
function serializeGetThingShadowRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeGetThingShadowRequest(request))
    };
}
exports.serializeGetThingShadowRequestToEventstreamMessage = serializeGetThingShadowRequestToEventstreamMessage;
function serializeSubscribeToIoTCoreRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeSubscribeToIoTCoreRequest(request))
    };
}
exports.serializeSubscribeToIoTCoreRequestToEventstreamMessage = serializeSubscribeToIoTCoreRequestToEventstreamMessage;
function serializeUpdateStateRequestToEventstreamMessage(request) {
    return {
        type: aws_crt_1.eventstream.MessageType.ApplicationMessage,
        payload: JSON.stringify(normalizeUpdateStateRequest(request))
    };
}
exports.serializeUpdateStateRequestToEventstreamMessage = serializeUpdateStateRequestToEventstreamMessage;
//# sourceMappingURL=model_utils.js.map

/***/ }),

/***/ 1660:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 *
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CrtError = exports.mqtt_request_response = exports.mqtt5 = exports.mqtt = exports.iotshadow = exports.iotjobs = exports.iotidentity = exports.iot = exports.io = exports.http = exports.greengrasscoreipc = exports.greengrass = exports.eventstream_rpc = exports.auth = void 0;
/**
 * Service clients and data models for interacting with AWS Iot services:
 * - Greengrass Discovery
 * - Identity
 * - Jobs
 * - Shadow
 *
 * @packageDocumentation
 */
const eventstream_rpc = __importStar(__webpack_require__(46964));
exports.eventstream_rpc = eventstream_rpc;
const greengrass = __importStar(__webpack_require__(65127));
exports.greengrass = greengrass;
const greengrasscoreipc = __importStar(__webpack_require__(43054));
exports.greengrasscoreipc = greengrasscoreipc;
const iotidentity = __importStar(__webpack_require__(89363));
exports.iotidentity = iotidentity;
const iotjobs = __importStar(__webpack_require__(51123));
exports.iotjobs = iotjobs;
const iotshadow = __importStar(__webpack_require__(86135));
exports.iotshadow = iotshadow;
const mqtt_request_response = __importStar(__webpack_require__(53142));
exports.mqtt_request_response = mqtt_request_response;
const aws_crt_1 = __webpack_require__(228);
Object.defineProperty(exports, "auth", ({ enumerable: true, get: function () { return aws_crt_1.auth; } }));
Object.defineProperty(exports, "http", ({ enumerable: true, get: function () { return aws_crt_1.http; } }));
Object.defineProperty(exports, "io", ({ enumerable: true, get: function () { return aws_crt_1.io; } }));
Object.defineProperty(exports, "iot", ({ enumerable: true, get: function () { return aws_crt_1.iot; } }));
Object.defineProperty(exports, "mqtt", ({ enumerable: true, get: function () { return aws_crt_1.mqtt; } }));
Object.defineProperty(exports, "mqtt5", ({ enumerable: true, get: function () { return aws_crt_1.mqtt5; } }));
Object.defineProperty(exports, "CrtError", ({ enumerable: true, get: function () { return aws_crt_1.CrtError; } }));
// Register this SDK's identity factory with the CRT layer so that newly built
// MQTT5/MQTT3 client configs include IoTSDKVersion + IoTSDKMetricsVersion in
// the CONNECT packet's username field.
const aws_iot_metrics_1 = __webpack_require__(66270);
const iot_sdk_metrics_1 = __webpack_require__(43201);
(0, aws_iot_metrics_1._setSdkMetricsFactory)(iot_sdk_metrics_1.build_sdk_metrics);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 43201:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*
* Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
* SPDX-License-Identifier: Apache-2.0.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.build_sdk_metrics = void 0;
/**
 * Private IoT SDK metrics module.
 *
 * Provides SDK-level metadata (version info) to pass to the CRT layer.
 * The CRT handles all feature detection (certificate source, TLS settings, etc.)
 * and embeds the combined metrics in the MQTT CONNECT packet username field.
 *
 * @internal
 */
const mqtt_shared_1 = __webpack_require__(69986);
/**
 * The current version of the IoT SDK metrics format.
 * This must match the version expected by the CRT layer.
 * Bumping this value should be done in lockstep with CRT changes.
 * @internal
 */
const IOT_SDK_METRICS_VERSION = "1";
/**
 * Returns the installed SDK package version string.
 *
 * Falls back to "dev" if the package metadata is unavailable (e.g., when
 * running from a source checkout without installing).
 *
 * @returns A version string like "1.27.0" or "dev".
 *
 * @internal
 */
function get_sdk_version() {
    var _a;
    try {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const pkg = __webpack_require__(14931);
        return (_a = pkg.version) !== null && _a !== void 0 ? _a : "dev";
    }
    catch (_b) {
        return "dev";
    }
}
/**
 * Builds the SDK-level {@link AwsIoTDeviceSDKMetrics} payload that is passed
 * down to the CRT layer.
 *
 * The returned object carries SDK identity and the metrics format version
 * via two metadata entries:
 *
 * - `IoTSDKVersion`: the installed SDK package version, used to identify the
 *   SDK release on the server side.
 * - `IoTSDKMetricsVersion`: the metrics format version this SDK supports.
 *   The CRT only merges SDK-supplied features when this value matches the
 *   version it expects.
 *
 * The CRT layer is responsible for detecting connection-level features
 * (protocol version, certificate source, TLS settings, proxy type, etc.)
 * and appending them to the metadata before embedding the result in the
 * MQTT CONNECT packet username field.
 *
 * @returns A populated metrics object ready to attach to an MQTT5 client
 *          or MQTT3 connection configuration.
 *
 * @internal
 */
function build_sdk_metrics() {
    const metrics = new mqtt_shared_1.AWSIoTMetrics();
    metrics.metadata = [
        ["IoTSDKVersion", get_sdk_version()],
        ["IoTSDKMetricsVersion", IOT_SDK_METRICS_VERSION],
    ];
    return metrics;
}
exports.build_sdk_metrics = build_sdk_metrics;
//# sourceMappingURL=iot_sdk_metrics.js.map

/***/ }),

/***/ 89363:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.model = exports.IotIdentityError = exports.IotIdentityClientv2 = exports.IotIdentityClient = void 0;
/**
 * @packageDocumentation
 * @module identity
 */
const model = __importStar(__webpack_require__(5488));
exports.model = model;
const iotidentityclient_1 = __webpack_require__(51680);
Object.defineProperty(exports, "IotIdentityClient", ({ enumerable: true, get: function () { return iotidentityclient_1.IotIdentityClient; } }));
Object.defineProperty(exports, "IotIdentityError", ({ enumerable: true, get: function () { return iotidentityclient_1.IotIdentityError; } }));
const iotidentityclientv2_1 = __webpack_require__(83348);
Object.defineProperty(exports, "IotIdentityClientv2", ({ enumerable: true, get: function () { return iotidentityclientv2_1.IotIdentityClientv2; } }));
//# sourceMappingURL=iotidentity.js.map

/***/ }),

/***/ 51680:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IotIdentityClient = exports.IotIdentityError = void 0;
const util_utf8_browser_1 = __webpack_require__(50968);
const service_client_mqtt_adapter = __importStar(__webpack_require__(12474));
/**
 * Error subclass for IotIdentity service errors
 *
 * @category IotIdentity
 */
class IotIdentityError extends Error {
    constructor(message, payload) {
        // 'Error' breaks JS prototype chain when instantiated
        super(message);
        this.payload = payload;
        // restore prototype chain
        const myProto = new.target.prototype;
        if (Object.setPrototypeOf) {
            Object.setPrototypeOf(this, myProto);
        }
        else {
            this.prototype = myProto;
        }
    }
}
exports.IotIdentityError = IotIdentityError;
/**
 * An AWS IoT service that assists with provisioning a device and installing unique client certificates on it
 *
 * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html
 *
 * @category IotIdentity
 */
class IotIdentityClient {
    static createClientError(err, payload) {
        if (err instanceof Error) {
            return new IotIdentityError(err.message, payload);
        }
        else {
            return new IotIdentityError(IotIdentityClient.INVALID_PAYLOAD_PARSING_ERROR, payload);
        }
    }
    constructor(connection) {
        if (connection !== undefined) {
            this.mqttAdapter = new service_client_mqtt_adapter.ServiceClientMqtt311Adapter(connection);
        }
    }
    /**
     * Creates a new IotIdentityClient that uses the SDK Mqtt5 client internally.
     *
     * The pre-existing constructor that is bound to the MQTT311 client makes this awkward since we
     * must support
     *
     * ```
     * new IotIdentityClient(mqtt311connection);
     * ```
     *
     * for backwards compatibility, but still want to be able to inject an MQTT5 client as well.
     *
     * @param client the MQTT5 client to use with this service client
     *
     * @return a new IotIdentityClient instance
     */
    static newFromMqtt5Client(client) {
        let serviceClient = new IotIdentityClient();
        serviceClient.mqttAdapter = new service_client_mqtt_adapter.ServiceClientMqtt5Adapter(client);
        return serviceClient;
    }
    /**
     * Creates a certificate from a certificate signing request (CSR). AWS IoT provides client certificates that are signed by the Amazon Root certificate authority (CA). The new certificate has a PENDING_ACTIVATION status. When you call RegisterThing to provision a thing with this certificate, the certificate status changes to ACTIVE or INACTIVE as described in the template.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotIdentity
     */
    publishCreateCertificateFromCsr(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/certificates/create-from-csr/json";
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Creates new keys and a certificate. AWS IoT provides client certificates that are signed by the Amazon Root certificate authority (CA). The new certificate has a PENDING_ACTIVATION status. When you call RegisterThing to provision a thing with this certificate, the certificate status changes to ACTIVE or INACTIVE as described in the template.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotIdentity
     */
    publishCreateKeysAndCertificate(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/certificates/create/json";
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Provisions an AWS IoT thing using a pre-defined template.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotIdentity
     */
    publishRegisterThing(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/provisioning-templates/{templateName}/provision/json";
            topic = topic.replace("{templateName}", request.templateName);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Subscribes to the accepted topic of the CreateCertificateFromCsr operation.
     *
     *
     * subscribeToCreateCertificateFromCsrAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotIdentity
     */
    subscribeToCreateCertificateFromCsrAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/certificates/create-from-csr/json/accepted";
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotIdentityClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic of the CreateCertificateFromCsr operation.
     *
     *
     * subscribeToCreateCertificateFromCsrRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotIdentity
     */
    subscribeToCreateCertificateFromCsrRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/certificates/create-from-csr/json/rejected";
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotIdentityClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic of the CreateKeysAndCertificate operation.
     *
     *
     * subscribeToCreateKeysAndCertificateAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotIdentity
     */
    subscribeToCreateKeysAndCertificateAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/certificates/create/json/accepted";
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotIdentityClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic of the CreateKeysAndCertificate operation.
     *
     *
     * subscribeToCreateKeysAndCertificateRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotIdentity
     */
    subscribeToCreateKeysAndCertificateRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/certificates/create/json/rejected";
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotIdentityClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic of the RegisterThing operation.
     *
     *
     * subscribeToRegisterThingAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotIdentity
     */
    subscribeToRegisterThingAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/provisioning-templates/{templateName}/provision/json/accepted";
            topic = topic.replace("{templateName}", request.templateName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotIdentityClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic of the RegisterThing operation.
     *
     *
     * subscribeToRegisterThingRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotIdentity
     */
    subscribeToRegisterThingRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/provisioning-templates/{templateName}/provision/json/rejected";
            topic = topic.replace("{templateName}", request.templateName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotIdentityClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
}
exports.IotIdentityClient = IotIdentityClient;
IotIdentityClient.INVALID_PAYLOAD_PARSING_ERROR = "Invalid/unknown error parsing payload into response";
//# sourceMappingURL=iotidentityclient.js.map

/***/ }),

/***/ 83348:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IotIdentityClientv2 = void 0;
const aws_crt_1 = __webpack_require__(228);
const mqtt_request_response_utils = __importStar(__webpack_require__(49296));
const v2utils = __importStar(__webpack_require__(70408));
/**
 * An AWS IoT service that assists with provisioning a device and installing unique client certificates on it
 *
 * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html
 *
 * @category IotIdentity
 */
class IotIdentityClientv2 {
    constructor(rrClient) {
        this.rrClient = rrClient;
        this.serviceModel = v2utils.makeServiceModel();
    }
    /**
     * Creates a new service client that will use an SDK MQTT 311 client as transport.
     *
     * @param protocolClient the MQTT 311 client to use for transport
     * @param options additional service client configuration options
     *
     * @return a new service client
     *
     */
    static newFromMqtt311(protocolClient, options) {
        let rrClient = aws_crt_1.mqtt_request_response.RequestResponseClient.newFromMqtt311(protocolClient, options);
        return new IotIdentityClientv2(rrClient);
    }
    /**
     * Creates a new service client that will use an SDK MQTT 5 client as transport.
     *
     * @param protocolClient the MQTT 5 client to use for transport
     * @param options additional service client configuration options
     *
     * @return a new service client
     *
     */
    static newFromMqtt5(protocolClient, options) {
        let rrClient = aws_crt_1.mqtt_request_response.RequestResponseClient.newFromMqtt5(protocolClient, options);
        return new IotIdentityClientv2(rrClient);
    }
    /**
     * Triggers cleanup of all resources associated with the service client.  Closing a client will fail
     * all incomplete requests and close all unclosed streaming operations.
     *
     * This must be called when finished with a client; otherwise, native resources will leak.
     */
    close() {
        this.rrClient.close();
    }
    /**
     * Creates a certificate from a certificate signing request (CSR). AWS IoT provides client certificates that are signed by the Amazon Root certificate authority (CA). The new certificate has a PENDING_ACTIVATION status. When you call RegisterThing to provision a thing with this certificate, the certificate status changes to ACTIVE or INACTIVE as described in the template.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotIdentity
     */
    createCertificateFromCsr(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "createCertificateFromCsr",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Creates new keys and a certificate. AWS IoT provides client certificates that are signed by the Amazon Root certificate authority (CA). The new certificate has a PENDING_ACTIVATION status. When you call RegisterThing to provision a thing with this certificate, the certificate status changes to ACTIVE or INACTIVE as described in the template.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotIdentity
     */
    createKeysAndCertificate(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "createKeysAndCertificate",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Provisions an AWS IoT thing using a pre-defined template.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html#fleet-provision-api
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotIdentity
     */
    registerThing(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "registerThing",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
}
exports.IotIdentityClientv2 = IotIdentityClientv2;
//# sourceMappingURL=iotidentityclientv2.js.map

/***/ }),

/***/ 5488:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 70408:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeServiceModel = void 0;
const util_utf8_browser_1 = __webpack_require__(50968);
const model_validation_utils = __importStar(__webpack_require__(49296));
function normalizeCreateCertificateFromCsrRequest(value) {
    let normalizedValue = {};
    if (value.certificateSigningRequest) {
        normalizedValue.certificateSigningRequest = value.certificateSigningRequest;
    }
    return normalizedValue;
}
function buildCreateCertificateFromCsrRequestPayload(request) {
    let value = normalizeCreateCertificateFromCsrRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToCreateCertificateFromCsrRequest(request) {
    return [request, undefined];
}
function normalizeCreateKeysAndCertificateRequest(value) {
    let normalizedValue = {};
    return normalizedValue;
}
function buildCreateKeysAndCertificateRequestPayload(request) {
    let value = normalizeCreateKeysAndCertificateRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToCreateKeysAndCertificateRequest(request) {
    return [request, undefined];
}
function normalizeRegisterThingRequest(value) {
    let normalizedValue = {};
    if (value.certificateOwnershipToken) {
        normalizedValue.certificateOwnershipToken = value.certificateOwnershipToken;
    }
    if (value.parameters) {
        normalizedValue.parameters = value.parameters;
    }
    return normalizedValue;
}
function buildRegisterThingRequestPayload(request) {
    let value = normalizeRegisterThingRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToRegisterThingRequest(request) {
    return [request, undefined];
}
function buildCreateCertificateFromCsrSubscriptions(request) {
    return new Array(`$aws/certificates/create-from-csr/json/accepted`, `$aws/certificates/create-from-csr/json/rejected`);
}
function buildCreateCertificateFromCsrPublishTopic(request) {
    return `$aws/certificates/create-from-csr/json`;
}
function buildCreateCertificateFromCsrResponsePaths(request) {
    return new Array({
        topic: `$aws/certificates/create-from-csr/json/accepted`,
        deserializer: deserializeCreateCertificateFromCsrResponse,
    }, {
        topic: `$aws/certificates/create-from-csr/json/rejected`,
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildCreateKeysAndCertificateSubscriptions(request) {
    return new Array(`$aws/certificates/create/json/accepted`, `$aws/certificates/create/json/rejected`);
}
function buildCreateKeysAndCertificatePublishTopic(request) {
    return `$aws/certificates/create/json`;
}
function buildCreateKeysAndCertificateResponsePaths(request) {
    return new Array({
        topic: `$aws/certificates/create/json/accepted`,
        deserializer: deserializeCreateKeysAndCertificateResponse,
    }, {
        topic: `$aws/certificates/create/json/rejected`,
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildRegisterThingSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/provisioning-templates/${typedRequest.templateName}/provision/json/accepted`, `$aws/provisioning-templates/${typedRequest.templateName}/provision/json/rejected`);
}
function buildRegisterThingPublishTopic(request) {
    let typedRequest = request;
    return `$aws/provisioning-templates/${typedRequest.templateName}/provision/json`;
}
function buildRegisterThingResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/provisioning-templates/${typedRequest.templateName}/provision/json/accepted`,
        deserializer: deserializeRegisterThingResponse,
    }, {
        topic: `$aws/provisioning-templates/${typedRequest.templateName}/provision/json/rejected`,
        deserializer: deserializeV2ErrorResponse,
    });
}
function deserializeCreateCertificateFromCsrResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeCreateKeysAndCertificateResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeRegisterThingResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeV2ErrorResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function createRequestResponseOperationServiceModelMap() {
    return new Map([
        ["createCertificateFromCsr", {
                inputShapeName: "CreateCertificateFromCsrRequest",
                payloadTransformer: buildCreateCertificateFromCsrRequestPayload,
                subscriptionGenerator: buildCreateCertificateFromCsrSubscriptions,
                responsePathGenerator: buildCreateCertificateFromCsrResponsePaths,
                publishTopicGenerator: buildCreateCertificateFromCsrPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToCreateCertificateFromCsrRequest,
            }],
        ["createKeysAndCertificate", {
                inputShapeName: "CreateKeysAndCertificateRequest",
                payloadTransformer: buildCreateKeysAndCertificateRequestPayload,
                subscriptionGenerator: buildCreateKeysAndCertificateSubscriptions,
                responsePathGenerator: buildCreateKeysAndCertificateResponsePaths,
                publishTopicGenerator: buildCreateKeysAndCertificatePublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToCreateKeysAndCertificateRequest,
            }],
        ["registerThing", {
                inputShapeName: "RegisterThingRequest",
                payloadTransformer: buildRegisterThingRequestPayload,
                subscriptionGenerator: buildRegisterThingSubscriptions,
                responsePathGenerator: buildRegisterThingResponsePaths,
                publishTopicGenerator: buildRegisterThingPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToRegisterThingRequest,
            }],
    ]);
}
function createStreamingOperationServiceModelMap() {
    return new Map([]);
}
function validateCreateCertificateFromCsrRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsString(value.certificateSigningRequest, 'certificateSigningRequest');
}
function validateCreateKeysAndCertificateRequest(value) {
    // @ts-ignore
    let typedValue = value;
}
function validateRegisterThingRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.templateName, 'templateName');
    model_validation_utils.validateValueAsString(value.certificateOwnershipToken, 'certificateOwnershipToken');
    model_validation_utils.validateValueAsOptionalMap(value.parameters, model_validation_utils.validateValueAsString, model_validation_utils.validateValueAsString, 'parameters');
}
function createValidatorMap() {
    return new Map([
        ["CreateCertificateFromCsrRequest", validateCreateCertificateFromCsrRequest],
        ["CreateKeysAndCertificateRequest", validateCreateKeysAndCertificateRequest],
        ["RegisterThingRequest", validateRegisterThingRequest],
    ]);
}
function makeServiceModel() {
    let model = {
        requestResponseOperations: createRequestResponseOperationServiceModelMap(),
        streamingOperations: createStreamingOperationServiceModelMap(),
        shapeValidators: createValidatorMap()
    };
    return model;
}
exports.makeServiceModel = makeServiceModel;
//# sourceMappingURL=v2utils.js.map

/***/ }),

/***/ 51123:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.model = exports.IotJobsError = exports.IotJobsClientv2 = exports.IotJobsClient = void 0;
/**
 * @packageDocumentation
 * @module jobs
 */
const model = __importStar(__webpack_require__(72714));
exports.model = model;
const iotjobsclient_1 = __webpack_require__(71200);
Object.defineProperty(exports, "IotJobsClient", ({ enumerable: true, get: function () { return iotjobsclient_1.IotJobsClient; } }));
Object.defineProperty(exports, "IotJobsError", ({ enumerable: true, get: function () { return iotjobsclient_1.IotJobsError; } }));
const iotjobsclientv2_1 = __webpack_require__(90996);
Object.defineProperty(exports, "IotJobsClientv2", ({ enumerable: true, get: function () { return iotjobsclientv2_1.IotJobsClientv2; } }));
//# sourceMappingURL=iotjobs.js.map

/***/ }),

/***/ 71200:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IotJobsClient = exports.IotJobsError = void 0;
const util_utf8_browser_1 = __webpack_require__(50968);
const service_client_mqtt_adapter = __importStar(__webpack_require__(12474));
/**
 * Error subclass for IotJobs service errors
 *
 * @category IotJobs
 */
class IotJobsError extends Error {
    constructor(message, payload) {
        // 'Error' breaks JS prototype chain when instantiated
        super(message);
        this.payload = payload;
        // restore prototype chain
        const myProto = new.target.prototype;
        if (Object.setPrototypeOf) {
            Object.setPrototypeOf(this, myProto);
        }
        else {
            this.prototype = myProto;
        }
    }
}
exports.IotJobsError = IotJobsError;
/**
 * The AWS IoT jobs service can be used to define a set of remote operations that are sent to and executed on one or more devices connected to AWS IoT.
 *
 * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#jobs-mqtt-api
 *
 * @category IotJobs
 */
class IotJobsClient {
    static createClientError(err, payload) {
        if (err instanceof Error) {
            return new IotJobsError(err.message, payload);
        }
        else {
            return new IotJobsError(IotJobsClient.INVALID_PAYLOAD_PARSING_ERROR, payload);
        }
    }
    constructor(connection) {
        if (connection !== undefined) {
            this.mqttAdapter = new service_client_mqtt_adapter.ServiceClientMqtt311Adapter(connection);
        }
    }
    /**
     * Creates a new IotJobsClient that uses the SDK Mqtt5 client internally.
     *
     * The pre-existing constructor that is bound to the MQTT311 client makes this awkward since we
     * must support
     *
     * ```
     * new IotJobsClient(mqtt311connection);
     * ```
     *
     * for backwards compatibility, but still want to be able to inject an MQTT5 client as well.
     *
     * @param client the MQTT5 client to use with this service client
     *
     * @return a new IotJobsClient instance
     */
    static newFromMqtt5Client(client) {
        let serviceClient = new IotJobsClient();
        serviceClient.mqttAdapter = new service_client_mqtt_adapter.ServiceClientMqtt5Adapter(client);
        return serviceClient;
    }
    /**
     * Gets detailed information about a job execution.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-describejobexecution
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotJobs
     */
    publishDescribeJobExecution(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/{jobId}/get";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{jobId}", request.jobId);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Gets the list of all jobs for a thing that are not in a terminal state.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-getpendingjobexecutions
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotJobs
     */
    publishGetPendingJobExecutions(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/get";
            topic = topic.replace("{thingName}", request.thingName);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Gets and starts the next pending job execution for a thing (status IN_PROGRESS or QUEUED).
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-startnextpendingjobexecution
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotJobs
     */
    publishStartNextPendingJobExecution(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/start-next";
            topic = topic.replace("{thingName}", request.thingName);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Updates the status of a job execution. You can optionally create a step timer by setting a value for the stepTimeoutInMinutes property. If you don't update the value of this property by running UpdateJobExecution again, the job execution times out when the step timer expires.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-updatejobexecution
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotJobs
     */
    publishUpdateJobExecution(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/{jobId}/update";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{jobId}", request.jobId);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Subscribes to the accepted topic for the DescribeJobExecution operation
     *
     *
     * subscribeToDescribeJobExecutionAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-describejobexecution
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToDescribeJobExecutionAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/{jobId}/get/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{jobId}", request.jobId);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the DescribeJobExecution operation
     *
     *
     * subscribeToDescribeJobExecutionRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-describejobexecution
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToDescribeJobExecutionRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/{jobId}/get/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{jobId}", request.jobId);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic for the GetPendingJobsExecutions operation
     *
     *
     * subscribeToGetPendingJobExecutionsAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-getpendingjobexecutions
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToGetPendingJobExecutionsAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/get/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the GetPendingJobsExecutions operation
     *
     *
     * subscribeToGetPendingJobExecutionsRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-getpendingjobexecutions
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToGetPendingJobExecutionsRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/get/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to JobExecutionsChanged notifications for a given IoT thing.
     *
     *
     * subscribeToJobExecutionsChangedEvents may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-jobexecutionschanged
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToJobExecutionsChangedEvents(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/notify";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     *
     *
     *
     * subscribeToNextJobExecutionChangedEvents may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-nextjobexecutionchanged
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToNextJobExecutionChangedEvents(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/notify-next";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic for the StartNextPendingJobExecution operation
     *
     *
     * subscribeToStartNextPendingJobExecutionAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-startnextpendingjobexecution
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToStartNextPendingJobExecutionAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/start-next/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the StartNextPendingJobExecution operation
     *
     *
     * subscribeToStartNextPendingJobExecutionRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-startnextpendingjobexecution
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToStartNextPendingJobExecutionRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/start-next/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic for the UpdateJobExecution operation
     *
     *
     * subscribeToUpdateJobExecutionAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-updatejobexecution
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToUpdateJobExecutionAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/{jobId}/update/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{jobId}", request.jobId);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the UpdateJobExecution operation
     *
     *
     * subscribeToUpdateJobExecutionRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-updatejobexecution
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotJobs
     */
    subscribeToUpdateJobExecutionRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/jobs/{jobId}/update/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{jobId}", request.jobId);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotJobsClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
}
exports.IotJobsClient = IotJobsClient;
IotJobsClient.INVALID_PAYLOAD_PARSING_ERROR = "Invalid/unknown error parsing payload into response";
//# sourceMappingURL=iotjobsclient.js.map

/***/ }),

/***/ 90996:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IotJobsClientv2 = void 0;
const aws_crt_1 = __webpack_require__(228);
const mqtt_request_response = __importStar(__webpack_require__(53142));
const mqtt_request_response_utils = __importStar(__webpack_require__(49296));
const v2utils = __importStar(__webpack_require__(23370));
/**
 * The AWS IoT jobs service can be used to define a set of remote operations that are sent to and executed on one or more devices connected to AWS IoT.
 *
 * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#jobs-mqtt-api
 *
 * @category IotJobs
 */
class IotJobsClientv2 {
    constructor(rrClient) {
        this.rrClient = rrClient;
        this.serviceModel = v2utils.makeServiceModel();
    }
    /**
     * Creates a new service client that will use an SDK MQTT 311 client as transport.
     *
     * @param protocolClient the MQTT 311 client to use for transport
     * @param options additional service client configuration options
     *
     * @return a new service client
     *
     */
    static newFromMqtt311(protocolClient, options) {
        let rrClient = aws_crt_1.mqtt_request_response.RequestResponseClient.newFromMqtt311(protocolClient, options);
        return new IotJobsClientv2(rrClient);
    }
    /**
     * Creates a new service client that will use an SDK MQTT 5 client as transport.
     *
     * @param protocolClient the MQTT 5 client to use for transport
     * @param options additional service client configuration options
     *
     * @return a new service client
     *
     */
    static newFromMqtt5(protocolClient, options) {
        let rrClient = aws_crt_1.mqtt_request_response.RequestResponseClient.newFromMqtt5(protocolClient, options);
        return new IotJobsClientv2(rrClient);
    }
    /**
     * Triggers cleanup of all resources associated with the service client.  Closing a client will fail
     * all incomplete requests and close all unclosed streaming operations.
     *
     * This must be called when finished with a client; otherwise, native resources will leak.
     */
    close() {
        this.rrClient.close();
    }
    /**
     * Gets detailed information about a job execution.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-describejobexecution
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotJobs
     */
    describeJobExecution(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "describeJobExecution",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Gets the list of all jobs for a thing that are not in a terminal state.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-getpendingjobexecutions
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotJobs
     */
    getPendingJobExecutions(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "getPendingJobExecutions",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Gets and starts the next pending job execution for a thing (status IN_PROGRESS or QUEUED).
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-startnextpendingjobexecution
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotJobs
     */
    startNextPendingJobExecution(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "startNextPendingJobExecution",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Updates the status of a job execution. You can optionally create a step timer by setting a value for the stepTimeoutInMinutes property. If you don't update the value of this property by running UpdateJobExecution again, the job execution times out when the step timer expires.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-updatejobexecution
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotJobs
     */
    updateJobExecution(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "updateJobExecution",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Creates a stream of JobExecutionsChanged notifications for a given IoT thing.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-jobexecutionschanged
     *
     * @param config streaming operation configuration options
     *
     * @return a streaming operation which will emit an event every time a message is received on the
     *    associated MQTT topic
     *
     * @category IotJobs
     */
    createJobExecutionsChangedStream(config) {
        let streamingOperationConfig = {
            operationName: "createJobExecutionsChangedStream",
            serviceModel: this.serviceModel,
            client: this.rrClient,
            modelConfig: config,
        };
        return mqtt_request_response.StreamingOperation.create(streamingOperationConfig);
    }
    /**
     *
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/jobs-api.html#mqtt-nextjobexecutionchanged
     *
     * @param config streaming operation configuration options
     *
     * @return a streaming operation which will emit an event every time a message is received on the
     *    associated MQTT topic
     *
     * @category IotJobs
     */
    createNextJobExecutionChangedStream(config) {
        let streamingOperationConfig = {
            operationName: "createNextJobExecutionChangedStream",
            serviceModel: this.serviceModel,
            client: this.rrClient,
            modelConfig: config,
        };
        return mqtt_request_response.StreamingOperation.create(streamingOperationConfig);
    }
}
exports.IotJobsClientv2 = IotJobsClientv2;
//# sourceMappingURL=iotjobsclientv2.js.map

/***/ }),

/***/ 72714:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RejectedErrorCode = exports.JobStatus = void 0;
/**
 * The status of the job execution.
 *
 * @category IotJobs
 */
var JobStatus;
(function (JobStatus) {
    JobStatus["UNKNOWN_ENUM_VALUE"] = "UNKNOWN_ENUM_VALUE";
    JobStatus["IN_PROGRESS"] = "IN_PROGRESS";
    JobStatus["FAILED"] = "FAILED";
    JobStatus["QUEUED"] = "QUEUED";
    JobStatus["TIMED_OUT"] = "TIMED_OUT";
    JobStatus["SUCCEEDED"] = "SUCCEEDED";
    JobStatus["CANCELED"] = "CANCELED";
    JobStatus["REJECTED"] = "REJECTED";
    JobStatus["REMOVED"] = "REMOVED";
})(JobStatus = exports.JobStatus || (exports.JobStatus = {}));
/**
 * A value indicating the kind of error encountered while processing an AWS IoT Jobs request
 *
 * @category IotJobs
 */
var RejectedErrorCode;
(function (RejectedErrorCode) {
    RejectedErrorCode["UNKNOWN_ENUM_VALUE"] = "UNKNOWN_ENUM_VALUE";
    /**
     * The request was sent to a topic in the AWS IoT Jobs namespace that does not map to any API.
     */
    RejectedErrorCode["INVALID_TOPIC"] = "InvalidTopic";
    /**
     * An update attempted to change the job execution to a state that is invalid because of the job execution's current state. In this case, the body of the error message also contains the executionState field.
     */
    RejectedErrorCode["INVALID_STATE_TRANSITION"] = "InvalidStateTransition";
    /**
     * The JobExecution specified by the request topic does not exist.
     */
    RejectedErrorCode["RESOURCE_NOT_FOUND"] = "ResourceNotFound";
    /**
     * The contents of the request were invalid. The message contains details about the error.
     */
    RejectedErrorCode["INVALID_REQUEST"] = "InvalidRequest";
    /**
     * The request was throttled.
     */
    RejectedErrorCode["REQUEST_THROTTLED"] = "RequestThrottled";
    /**
     * There was an internal error during the processing of the request.
     */
    RejectedErrorCode["INTERNAL_ERROR"] = "InternalError";
    /**
     * Occurs when a command to describe a job is performed on a job that is in a terminal state.
     */
    RejectedErrorCode["TERMINAL_STATE_REACHED"] = "TerminalStateReached";
    /**
     * The contents of the request could not be interpreted as valid UTF-8-encoded JSON.
     */
    RejectedErrorCode["INVALID_JSON"] = "InvalidJson";
    /**
     * The expected version specified in the request does not match the version of the job execution in the AWS IoT Jobs service. In this case, the body of the error message also contains the executionState field.
     */
    RejectedErrorCode["VERSION_MISMATCH"] = "VersionMismatch";
})(RejectedErrorCode = exports.RejectedErrorCode || (exports.RejectedErrorCode = {}));
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 23370:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeServiceModel = void 0;
const util_utf8_browser_1 = __webpack_require__(50968);
const model_validation_utils = __importStar(__webpack_require__(49296));
const uuid_1 = __webpack_require__(94069);
function normalizeDescribeJobExecutionRequest(value) {
    let normalizedValue = {};
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    if (value.executionNumber) {
        normalizedValue.executionNumber = value.executionNumber;
    }
    if (value.includeJobDocument) {
        normalizedValue.includeJobDocument = value.includeJobDocument;
    }
    return normalizedValue;
}
function buildDescribeJobExecutionRequestPayload(request) {
    let value = normalizeDescribeJobExecutionRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToDescribeJobExecutionRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function normalizeGetPendingJobExecutionsRequest(value) {
    let normalizedValue = {};
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    return normalizedValue;
}
function buildGetPendingJobExecutionsRequestPayload(request) {
    let value = normalizeGetPendingJobExecutionsRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToGetPendingJobExecutionsRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function normalizeStartNextPendingJobExecutionRequest(value) {
    let normalizedValue = {};
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    if (value.stepTimeoutInMinutes) {
        normalizedValue.stepTimeoutInMinutes = value.stepTimeoutInMinutes;
    }
    if (value.statusDetails) {
        normalizedValue.statusDetails = value.statusDetails;
    }
    return normalizedValue;
}
function buildStartNextPendingJobExecutionRequestPayload(request) {
    let value = normalizeStartNextPendingJobExecutionRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToStartNextPendingJobExecutionRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function normalizeUpdateJobExecutionRequest(value) {
    let normalizedValue = {};
    if (value.status) {
        normalizedValue.status = value.status;
    }
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    if (value.statusDetails) {
        normalizedValue.statusDetails = value.statusDetails;
    }
    if (value.expectedVersion) {
        normalizedValue.expectedVersion = value.expectedVersion;
    }
    if (value.executionNumber) {
        normalizedValue.executionNumber = value.executionNumber;
    }
    if (value.includeJobExecutionState) {
        normalizedValue.includeJobExecutionState = value.includeJobExecutionState;
    }
    if (value.includeJobDocument) {
        normalizedValue.includeJobDocument = value.includeJobDocument;
    }
    if (value.stepTimeoutInMinutes) {
        normalizedValue.stepTimeoutInMinutes = value.stepTimeoutInMinutes;
    }
    return normalizedValue;
}
function buildUpdateJobExecutionRequestPayload(request) {
    let value = normalizeUpdateJobExecutionRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToUpdateJobExecutionRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function buildDescribeJobExecutionSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/jobs/${typedRequest.jobId}/get/+`);
}
function buildDescribeJobExecutionPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/jobs/${typedRequest.jobId}/get`;
}
function buildDescribeJobExecutionResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/jobs/${typedRequest.jobId}/get/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeDescribeJobExecutionResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/jobs/${typedRequest.jobId}/get/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildGetPendingJobExecutionsSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/jobs/get/+`);
}
function buildGetPendingJobExecutionsPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/jobs/get`;
}
function buildGetPendingJobExecutionsResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/jobs/get/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeGetPendingJobExecutionsResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/jobs/get/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildStartNextPendingJobExecutionSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/jobs/start-next/+`);
}
function buildStartNextPendingJobExecutionPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/jobs/start-next`;
}
function buildStartNextPendingJobExecutionResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/jobs/start-next/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeStartNextJobExecutionResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/jobs/start-next/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildUpdateJobExecutionSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/jobs/${typedRequest.jobId}/update/+`);
}
function buildUpdateJobExecutionPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/jobs/${typedRequest.jobId}/update`;
}
function buildUpdateJobExecutionResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/jobs/${typedRequest.jobId}/update/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeUpdateJobExecutionResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/jobs/${typedRequest.jobId}/update/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function deserializeDescribeJobExecutionResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeGetPendingJobExecutionsResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeStartNextJobExecutionResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeUpdateJobExecutionResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeV2ErrorResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function createRequestResponseOperationServiceModelMap() {
    return new Map([
        ["describeJobExecution", {
                inputShapeName: "DescribeJobExecutionRequest",
                payloadTransformer: buildDescribeJobExecutionRequestPayload,
                subscriptionGenerator: buildDescribeJobExecutionSubscriptions,
                responsePathGenerator: buildDescribeJobExecutionResponsePaths,
                publishTopicGenerator: buildDescribeJobExecutionPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToDescribeJobExecutionRequest,
            }],
        ["getPendingJobExecutions", {
                inputShapeName: "GetPendingJobExecutionsRequest",
                payloadTransformer: buildGetPendingJobExecutionsRequestPayload,
                subscriptionGenerator: buildGetPendingJobExecutionsSubscriptions,
                responsePathGenerator: buildGetPendingJobExecutionsResponsePaths,
                publishTopicGenerator: buildGetPendingJobExecutionsPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToGetPendingJobExecutionsRequest,
            }],
        ["startNextPendingJobExecution", {
                inputShapeName: "StartNextPendingJobExecutionRequest",
                payloadTransformer: buildStartNextPendingJobExecutionRequestPayload,
                subscriptionGenerator: buildStartNextPendingJobExecutionSubscriptions,
                responsePathGenerator: buildStartNextPendingJobExecutionResponsePaths,
                publishTopicGenerator: buildStartNextPendingJobExecutionPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToStartNextPendingJobExecutionRequest,
            }],
        ["updateJobExecution", {
                inputShapeName: "UpdateJobExecutionRequest",
                payloadTransformer: buildUpdateJobExecutionRequestPayload,
                subscriptionGenerator: buildUpdateJobExecutionSubscriptions,
                responsePathGenerator: buildUpdateJobExecutionResponsePaths,
                publishTopicGenerator: buildUpdateJobExecutionPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToUpdateJobExecutionRequest,
            }],
    ]);
}
function buildCreateJobExecutionsChangedStreamTopicFilter(config) {
    const typedConfig = config;
    return `$aws/things/${typedConfig.thingName}/jobs/notify`;
}
function buildCreateNextJobExecutionChangedStreamTopicFilter(config) {
    const typedConfig = config;
    return `$aws/things/${typedConfig.thingName}/jobs/notify-next`;
}
function deserializeJobExecutionsChangedEventPayload(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeNextJobExecutionChangedEventPayload(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function createStreamingOperationServiceModelMap() {
    return new Map([
        ["createJobExecutionsChangedStream", {
                inputShapeName: "JobExecutionsChangedSubscriptionRequest",
                subscriptionGenerator: buildCreateJobExecutionsChangedStreamTopicFilter,
                deserializer: deserializeJobExecutionsChangedEventPayload,
            }],
        ["createNextJobExecutionChangedStream", {
                inputShapeName: "NextJobExecutionChangedSubscriptionRequest",
                subscriptionGenerator: buildCreateNextJobExecutionChangedStreamTopicFilter,
                deserializer: deserializeNextJobExecutionChangedEventPayload,
            }],
    ]);
}
function validateDescribeJobExecutionRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
    model_validation_utils.validateValueAsTopicSegment(value.jobId, 'jobId');
    model_validation_utils.validateValueAsOptionalInteger(value.executionNumber, 'executionNumber');
    model_validation_utils.validateValueAsOptionalBoolean(value.includeJobDocument, 'includeJobDocument');
}
function validateGetPendingJobExecutionsRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
}
function validateJobExecutionsChangedSubscriptionRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
}
function validateNextJobExecutionChangedSubscriptionRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
}
function validateStartNextPendingJobExecutionRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
    model_validation_utils.validateValueAsOptionalInteger(value.stepTimeoutInMinutes, 'stepTimeoutInMinutes');
    model_validation_utils.validateValueAsOptionalMap(value.statusDetails, model_validation_utils.validateValueAsString, model_validation_utils.validateValueAsString, 'statusDetails');
}
function validateUpdateJobExecutionRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
    model_validation_utils.validateValueAsTopicSegment(value.jobId, 'jobId');
    model_validation_utils.validateValueAsString(value.status, 'status');
    model_validation_utils.validateValueAsOptionalMap(value.statusDetails, model_validation_utils.validateValueAsString, model_validation_utils.validateValueAsString, 'statusDetails');
    model_validation_utils.validateValueAsOptionalInteger(value.expectedVersion, 'expectedVersion');
    model_validation_utils.validateValueAsOptionalInteger(value.executionNumber, 'executionNumber');
    model_validation_utils.validateValueAsOptionalBoolean(value.includeJobExecutionState, 'includeJobExecutionState');
    model_validation_utils.validateValueAsOptionalBoolean(value.includeJobDocument, 'includeJobDocument');
    model_validation_utils.validateValueAsOptionalInteger(value.stepTimeoutInMinutes, 'stepTimeoutInMinutes');
}
function createValidatorMap() {
    return new Map([
        ["JobExecutionsChangedSubscriptionRequest", validateJobExecutionsChangedSubscriptionRequest],
        ["NextJobExecutionChangedSubscriptionRequest", validateNextJobExecutionChangedSubscriptionRequest],
        ["DescribeJobExecutionRequest", validateDescribeJobExecutionRequest],
        ["GetPendingJobExecutionsRequest", validateGetPendingJobExecutionsRequest],
        ["StartNextPendingJobExecutionRequest", validateStartNextPendingJobExecutionRequest],
        ["UpdateJobExecutionRequest", validateUpdateJobExecutionRequest],
    ]);
}
function makeServiceModel() {
    let model = {
        requestResponseOperations: createRequestResponseOperationServiceModelMap(),
        streamingOperations: createStreamingOperationServiceModelMap(),
        shapeValidators: createValidatorMap()
    };
    return model;
}
exports.makeServiceModel = makeServiceModel;
//# sourceMappingURL=v2utils.js.map

/***/ }),

/***/ 86135:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.model = exports.IotShadowError = exports.IotShadowClientv2 = exports.IotShadowClient = void 0;
/**
 * @packageDocumentation
 * @module shadow
 */
const model = __importStar(__webpack_require__(95394));
exports.model = model;
const iotshadowclient_1 = __webpack_require__(38068);
Object.defineProperty(exports, "IotShadowClient", ({ enumerable: true, get: function () { return iotshadowclient_1.IotShadowClient; } }));
Object.defineProperty(exports, "IotShadowError", ({ enumerable: true, get: function () { return iotshadowclient_1.IotShadowError; } }));
const iotshadowclientv2_1 = __webpack_require__(27680);
Object.defineProperty(exports, "IotShadowClientv2", ({ enumerable: true, get: function () { return iotshadowclientv2_1.IotShadowClientv2; } }));
//# sourceMappingURL=iotshadow.js.map

/***/ }),

/***/ 38068:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IotShadowClient = exports.IotShadowError = void 0;
const util_utf8_browser_1 = __webpack_require__(50968);
const service_client_mqtt_adapter = __importStar(__webpack_require__(12474));
/**
 * Error subclass for IotShadow service errors
 *
 * @category IotShadow
 */
class IotShadowError extends Error {
    constructor(message, payload) {
        // 'Error' breaks JS prototype chain when instantiated
        super(message);
        this.payload = payload;
        // restore prototype chain
        const myProto = new.target.prototype;
        if (Object.setPrototypeOf) {
            Object.setPrototypeOf(this, myProto);
        }
        else {
            this.prototype = myProto;
        }
    }
}
exports.IotShadowError = IotShadowError;
/**
 * The AWS IoT Device Shadow service adds shadows to AWS IoT thing objects. Shadows are a simple data store for device properties and state.  Shadows can make a device’s state available to apps and other services whether the device is connected to AWS IoT or not.
 *
 * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html
 *
 * @category IotShadow
 */
class IotShadowClient {
    static createClientError(err, payload) {
        if (err instanceof Error) {
            return new IotShadowError(err.message, payload);
        }
        else {
            return new IotShadowError(IotShadowClient.INVALID_PAYLOAD_PARSING_ERROR, payload);
        }
    }
    constructor(connection) {
        if (connection !== undefined) {
            this.mqttAdapter = new service_client_mqtt_adapter.ServiceClientMqtt311Adapter(connection);
        }
    }
    /**
     * Creates a new IotShadowClient that uses the SDK Mqtt5 client internally.
     *
     * The pre-existing constructor that is bound to the MQTT311 client makes this awkward since we
     * must support
     *
     * ```
     * new IotShadowClient(mqtt311connection);
     * ```
     *
     * for backwards compatibility, but still want to be able to inject an MQTT5 client as well.
     *
     * @param client the MQTT5 client to use with this service client
     *
     * @return a new IotShadowClient instance
     */
    static newFromMqtt5Client(client) {
        let serviceClient = new IotShadowClient();
        serviceClient.mqttAdapter = new service_client_mqtt_adapter.ServiceClientMqtt5Adapter(client);
        return serviceClient;
    }
    /**
     * Deletes a named shadow for an AWS IoT thing.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#delete-pub-sub-topic
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotShadow
     */
    publishDeleteNamedShadow(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/delete";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Deletes the (classic) shadow for an AWS IoT thing.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#delete-pub-sub-topic
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotShadow
     */
    publishDeleteShadow(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/delete";
            topic = topic.replace("{thingName}", request.thingName);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Gets a named shadow for an AWS IoT thing.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#get-pub-sub-topic
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotShadow
     */
    publishGetNamedShadow(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/get";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Gets the (classic) shadow for an AWS IoT thing.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#get-pub-sub-topic
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotShadow
     */
    publishGetShadow(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/get";
            topic = topic.replace("{thingName}", request.thingName);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Update a named shadow for a device.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-pub-sub-topic
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotShadow
     */
    publishUpdateNamedShadow(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/update";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Update a device's (classic) shadow.
     *
     * If the device is offline, the PUBLISH packet will be sent once the connection resumes.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-pub-sub-topic
     *
     * @param request Message to be serialized and sent
     * @param qos Quality of Service for delivering this message
     * @return Promise which returns a `mqtt.MqttRequest` which will contain the packet id of
     *          the PUBLISH packet.
     *
     * * For QoS 0, completes as soon as the packet is sent.
     * * For QoS 1, completes when PUBACK is received.
     * * QoS 2 is not supported by AWS IoT.
     *
     * @category IotShadow
     */
    publishUpdateShadow(request, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/update";
            topic = topic.replace("{thingName}", request.thingName);
            return this.mqttAdapter.publish(topic, JSON.stringify(request), qos);
        });
    }
    /**
     * Subscribes to the accepted topic for the DeleteNamedShadow operation.
     *
     *
     * subscribeToDeleteNamedShadowAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#delete-accepted-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToDeleteNamedShadowAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/delete/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the DeleteNamedShadow operation.
     *
     *
     * subscribeToDeleteNamedShadowRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#delete-rejected-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToDeleteNamedShadowRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/delete/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic for the DeleteShadow operation
     *
     *
     * subscribeToDeleteShadowAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#delete-accepted-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToDeleteShadowAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/delete/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the DeleteShadow operation
     *
     *
     * subscribeToDeleteShadowRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#delete-rejected-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToDeleteShadowRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/delete/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic for the GetNamedShadow operation.
     *
     *
     * subscribeToGetNamedShadowAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#get-accepted-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToGetNamedShadowAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/get/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the GetNamedShadow operation.
     *
     *
     * subscribeToGetNamedShadowRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#get-rejected-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToGetNamedShadowRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/get/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic for the GetShadow operation.
     *
     *
     * subscribeToGetShadowAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#get-accepted-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToGetShadowAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/get/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the GetShadow operation.
     *
     *
     * subscribeToGetShadowRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#get-rejected-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToGetShadowRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/get/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribe to NamedShadowDelta events for a named shadow of an AWS IoT thing.
     *
     *
     * subscribeToNamedShadowDeltaUpdatedEvents may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-delta-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToNamedShadowDeltaUpdatedEvents(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/update/delta";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribe to ShadowUpdated events for a named shadow of an AWS IoT thing.
     *
     *
     * subscribeToNamedShadowUpdatedEvents may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-documents-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToNamedShadowUpdatedEvents(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/update/documents";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribe to ShadowDelta events for the (classic) shadow of an AWS IoT thing.
     *
     *
     * subscribeToShadowDeltaUpdatedEvents may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-delta-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToShadowDeltaUpdatedEvents(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/update/delta";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribe to ShadowUpdated events for the (classic) shadow of an AWS IoT thing.
     *
     *
     * subscribeToShadowUpdatedEvents may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-documents-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToShadowUpdatedEvents(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/update/documents";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic for the UpdateNamedShadow operation
     *
     *
     * subscribeToUpdateNamedShadowAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-accepted-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToUpdateNamedShadowAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/update/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the UpdateNamedShadow operation
     *
     *
     * subscribeToUpdateNamedShadowRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-rejected-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToUpdateNamedShadowRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/name/{shadowName}/update/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            topic = topic.replace("{shadowName}", request.shadowName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the accepted topic for the UpdateShadow operation
     *
     *
     * subscribeToUpdateShadowAccepted may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-accepted-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToUpdateShadowAccepted(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/update/accepted";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
    /**
     * Subscribes to the rejected topic for the UpdateShadow operation
     *
     *
     * subscribeToUpdateShadowRejected may be called while the device is offline, though the async
     * operation cannot complete successfully until the connection resumes.
     *
     * Once subscribed, `messageHandler` is invoked each time a message matching
     * the `topic` is received. It is possible for such messages to arrive before
     * the SUBACK is received.
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-rejected-pub-sub-topic
     *
     * @param request Subscription request configuration
     * @param qos Maximum requested QoS that server may use when sending messages to the client.
     *            The server may grant a lower QoS in the SUBACK
     * @param messageHandler Callback invoked when message or error is received from the server.
     * @return Promise which returns a `mqtt.MqttSubscribeRequest` which will contain the
     *          result of the SUBSCRIBE. The Promise resolves when a SUBACK is returned
     *          from the server or is rejected when an exception occurs.
     *
     * @category IotShadow
     */
    subscribeToUpdateShadowRejected(request, qos, messageHandler) {
        return __awaiter(this, void 0, void 0, function* () {
            let topic = "$aws/things/{thingName}/shadow/update/rejected";
            topic = topic.replace("{thingName}", request.thingName);
            const on_message = (topic, payload) => {
                let response;
                let error;
                try {
                    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
                    response = JSON.parse(payload_text);
                }
                catch (err) {
                    error = IotShadowClient.createClientError(err, payload);
                }
                finally {
                    messageHandler(error, response);
                }
            };
            return this.mqttAdapter.subscribe(topic, qos, on_message);
        });
    }
}
exports.IotShadowClient = IotShadowClient;
IotShadowClient.INVALID_PAYLOAD_PARSING_ERROR = "Invalid/unknown error parsing payload into response";
//# sourceMappingURL=iotshadowclient.js.map

/***/ }),

/***/ 27680:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IotShadowClientv2 = void 0;
const aws_crt_1 = __webpack_require__(228);
const mqtt_request_response = __importStar(__webpack_require__(53142));
const mqtt_request_response_utils = __importStar(__webpack_require__(49296));
const v2utils = __importStar(__webpack_require__(11378));
/**
 * The AWS IoT Device Shadow service adds shadows to AWS IoT thing objects. Shadows are a simple data store for device properties and state.  Shadows can make a device’s state available to apps and other services whether the device is connected to AWS IoT or not.
 *
 * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html
 *
 * @category IotShadow
 */
class IotShadowClientv2 {
    constructor(rrClient) {
        this.rrClient = rrClient;
        this.serviceModel = v2utils.makeServiceModel();
    }
    /**
     * Creates a new service client that will use an SDK MQTT 311 client as transport.
     *
     * @param protocolClient the MQTT 311 client to use for transport
     * @param options additional service client configuration options
     *
     * @return a new service client
     *
     */
    static newFromMqtt311(protocolClient, options) {
        let rrClient = aws_crt_1.mqtt_request_response.RequestResponseClient.newFromMqtt311(protocolClient, options);
        return new IotShadowClientv2(rrClient);
    }
    /**
     * Creates a new service client that will use an SDK MQTT 5 client as transport.
     *
     * @param protocolClient the MQTT 5 client to use for transport
     * @param options additional service client configuration options
     *
     * @return a new service client
     *
     */
    static newFromMqtt5(protocolClient, options) {
        let rrClient = aws_crt_1.mqtt_request_response.RequestResponseClient.newFromMqtt5(protocolClient, options);
        return new IotShadowClientv2(rrClient);
    }
    /**
     * Triggers cleanup of all resources associated with the service client.  Closing a client will fail
     * all incomplete requests and close all unclosed streaming operations.
     *
     * This must be called when finished with a client; otherwise, native resources will leak.
     */
    close() {
        this.rrClient.close();
    }
    /**
     * Deletes a named shadow for an AWS IoT thing.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#delete-pub-sub-topic
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotShadow
     */
    deleteNamedShadow(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "deleteNamedShadow",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Deletes the (classic) shadow for an AWS IoT thing.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#delete-pub-sub-topic
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotShadow
     */
    deleteShadow(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "deleteShadow",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Gets a named shadow for an AWS IoT thing.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#get-pub-sub-topic
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotShadow
     */
    getNamedShadow(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "getNamedShadow",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Gets the (classic) shadow for an AWS IoT thing.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#get-pub-sub-topic
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotShadow
     */
    getShadow(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "getShadow",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Update a named shadow for a device.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-pub-sub-topic
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotShadow
     */
    updateNamedShadow(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "updateNamedShadow",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Update a device's (classic) shadow.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-pub-sub-topic
     *
     * @param request operation to perform
     *
     * @return Promise which resolves into the response to the request
     *
     * @category IotShadow
     */
    updateShadow(request) {
        return __awaiter(this, void 0, void 0, function* () {
            let config = {
                operationName: "updateShadow",
                serviceModel: this.serviceModel,
                client: this.rrClient,
                request: request
            };
            return yield mqtt_request_response_utils.doRequestResponse(config);
        });
    }
    /**
     * Create a stream for NamedShadowDelta events for a named shadow of an AWS IoT thing.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-delta-pub-sub-topic
     *
     * @param config streaming operation configuration options
     *
     * @return a streaming operation which will emit an event every time a message is received on the
     *    associated MQTT topic
     *
     * @category IotShadow
     */
    createNamedShadowDeltaUpdatedStream(config) {
        let streamingOperationConfig = {
            operationName: "createNamedShadowDeltaUpdatedStream",
            serviceModel: this.serviceModel,
            client: this.rrClient,
            modelConfig: config,
        };
        return mqtt_request_response.StreamingOperation.create(streamingOperationConfig);
    }
    /**
     * Create a stream for ShadowUpdated events for a named shadow of an AWS IoT thing.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-documents-pub-sub-topic
     *
     * @param config streaming operation configuration options
     *
     * @return a streaming operation which will emit an event every time a message is received on the
     *    associated MQTT topic
     *
     * @category IotShadow
     */
    createNamedShadowUpdatedStream(config) {
        let streamingOperationConfig = {
            operationName: "createNamedShadowUpdatedStream",
            serviceModel: this.serviceModel,
            client: this.rrClient,
            modelConfig: config,
        };
        return mqtt_request_response.StreamingOperation.create(streamingOperationConfig);
    }
    /**
     * Create a stream for ShadowDelta events for the (classic) shadow of an AWS IoT thing.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-delta-pub-sub-topic
     *
     * @param config streaming operation configuration options
     *
     * @return a streaming operation which will emit an event every time a message is received on the
     *    associated MQTT topic
     *
     * @category IotShadow
     */
    createShadowDeltaUpdatedStream(config) {
        let streamingOperationConfig = {
            operationName: "createShadowDeltaUpdatedStream",
            serviceModel: this.serviceModel,
            client: this.rrClient,
            modelConfig: config,
        };
        return mqtt_request_response.StreamingOperation.create(streamingOperationConfig);
    }
    /**
     * Create a stream for ShadowUpdated events for the (classic) shadow of an AWS IoT thing.
     *
     *
     * AWS documentation: https://docs.aws.amazon.com/iot/latest/developerguide/device-shadow-mqtt.html#update-documents-pub-sub-topic
     *
     * @param config streaming operation configuration options
     *
     * @return a streaming operation which will emit an event every time a message is received on the
     *    associated MQTT topic
     *
     * @category IotShadow
     */
    createShadowUpdatedStream(config) {
        let streamingOperationConfig = {
            operationName: "createShadowUpdatedStream",
            serviceModel: this.serviceModel,
            client: this.rrClient,
            modelConfig: config,
        };
        return mqtt_request_response.StreamingOperation.create(streamingOperationConfig);
    }
}
exports.IotShadowClientv2 = IotShadowClientv2;
//# sourceMappingURL=iotshadowclientv2.js.map

/***/ }),

/***/ 95394:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 11378:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 *
 * This file is generated
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeServiceModel = void 0;
const util_utf8_browser_1 = __webpack_require__(50968);
const model_validation_utils = __importStar(__webpack_require__(49296));
const uuid_1 = __webpack_require__(94069);
function normalizeDeleteNamedShadowRequest(value) {
    let normalizedValue = {};
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    return normalizedValue;
}
function buildDeleteNamedShadowRequestPayload(request) {
    let value = normalizeDeleteNamedShadowRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToDeleteNamedShadowRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function normalizeDeleteShadowRequest(value) {
    let normalizedValue = {};
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    return normalizedValue;
}
function buildDeleteShadowRequestPayload(request) {
    let value = normalizeDeleteShadowRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToDeleteShadowRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function normalizeGetNamedShadowRequest(value) {
    let normalizedValue = {};
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    return normalizedValue;
}
function buildGetNamedShadowRequestPayload(request) {
    let value = normalizeGetNamedShadowRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToGetNamedShadowRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function normalizeGetShadowRequest(value) {
    let normalizedValue = {};
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    return normalizedValue;
}
function buildGetShadowRequestPayload(request) {
    let value = normalizeGetShadowRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToGetShadowRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function normalizeUpdateNamedShadowRequest(value) {
    let normalizedValue = {};
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    if (value.state) {
        normalizedValue.state = value.state;
    }
    if (value.version) {
        normalizedValue.version = value.version;
    }
    return normalizedValue;
}
function buildUpdateNamedShadowRequestPayload(request) {
    let value = normalizeUpdateNamedShadowRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToUpdateNamedShadowRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function normalizeUpdateShadowRequest(value) {
    let normalizedValue = {};
    if (value.clientToken) {
        normalizedValue.clientToken = value.clientToken;
    }
    if (value.state) {
        normalizedValue.state = value.state;
    }
    if (value.version) {
        normalizedValue.version = value.version;
    }
    return normalizedValue;
}
function buildUpdateShadowRequestPayload(request) {
    let value = normalizeUpdateShadowRequest(request);
    return (0, util_utf8_browser_1.fromUtf8)(JSON.stringify(value));
}
function applyCorrelationTokenToUpdateShadowRequest(request) {
    let typedRequest = request;
    let correlationToken = (0, uuid_1.v4)();
    typedRequest.clientToken = correlationToken;
    return [typedRequest, correlationToken];
}
function buildDeleteNamedShadowSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/delete/+`);
}
function buildDeleteNamedShadowPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/delete`;
}
function buildDeleteNamedShadowResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/delete/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeDeleteShadowResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/delete/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildDeleteShadowSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/shadow/delete/+`);
}
function buildDeleteShadowPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/shadow/delete`;
}
function buildDeleteShadowResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/shadow/delete/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeDeleteShadowResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/shadow/delete/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildGetNamedShadowSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/get/+`);
}
function buildGetNamedShadowPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/get`;
}
function buildGetNamedShadowResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/get/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeGetShadowResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/get/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildGetShadowSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/shadow/get/+`);
}
function buildGetShadowPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/shadow/get`;
}
function buildGetShadowResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/shadow/get/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeGetShadowResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/shadow/get/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildUpdateNamedShadowSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/update/accepted`, `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/update/rejected`);
}
function buildUpdateNamedShadowPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/update`;
}
function buildUpdateNamedShadowResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/update/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeUpdateShadowResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/shadow/name/${typedRequest.shadowName}/update/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function buildUpdateShadowSubscriptions(request) {
    let typedRequest = request;
    return new Array(`$aws/things/${typedRequest.thingName}/shadow/update/accepted`, `$aws/things/${typedRequest.thingName}/shadow/update/rejected`);
}
function buildUpdateShadowPublishTopic(request) {
    let typedRequest = request;
    return `$aws/things/${typedRequest.thingName}/shadow/update`;
}
function buildUpdateShadowResponsePaths(request) {
    let typedRequest = request;
    return new Array({
        topic: `$aws/things/${typedRequest.thingName}/shadow/update/accepted`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeUpdateShadowResponse,
    }, {
        topic: `$aws/things/${typedRequest.thingName}/shadow/update/rejected`,
        correlationTokenJsonPath: "clientToken",
        deserializer: deserializeV2ErrorResponse,
    });
}
function deserializeDeleteShadowResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeGetShadowResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeUpdateShadowResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeV2ErrorResponse(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function createRequestResponseOperationServiceModelMap() {
    return new Map([
        ["deleteNamedShadow", {
                inputShapeName: "DeleteNamedShadowRequest",
                payloadTransformer: buildDeleteNamedShadowRequestPayload,
                subscriptionGenerator: buildDeleteNamedShadowSubscriptions,
                responsePathGenerator: buildDeleteNamedShadowResponsePaths,
                publishTopicGenerator: buildDeleteNamedShadowPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToDeleteNamedShadowRequest,
            }],
        ["deleteShadow", {
                inputShapeName: "DeleteShadowRequest",
                payloadTransformer: buildDeleteShadowRequestPayload,
                subscriptionGenerator: buildDeleteShadowSubscriptions,
                responsePathGenerator: buildDeleteShadowResponsePaths,
                publishTopicGenerator: buildDeleteShadowPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToDeleteShadowRequest,
            }],
        ["getNamedShadow", {
                inputShapeName: "GetNamedShadowRequest",
                payloadTransformer: buildGetNamedShadowRequestPayload,
                subscriptionGenerator: buildGetNamedShadowSubscriptions,
                responsePathGenerator: buildGetNamedShadowResponsePaths,
                publishTopicGenerator: buildGetNamedShadowPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToGetNamedShadowRequest,
            }],
        ["getShadow", {
                inputShapeName: "GetShadowRequest",
                payloadTransformer: buildGetShadowRequestPayload,
                subscriptionGenerator: buildGetShadowSubscriptions,
                responsePathGenerator: buildGetShadowResponsePaths,
                publishTopicGenerator: buildGetShadowPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToGetShadowRequest,
            }],
        ["updateNamedShadow", {
                inputShapeName: "UpdateNamedShadowRequest",
                payloadTransformer: buildUpdateNamedShadowRequestPayload,
                subscriptionGenerator: buildUpdateNamedShadowSubscriptions,
                responsePathGenerator: buildUpdateNamedShadowResponsePaths,
                publishTopicGenerator: buildUpdateNamedShadowPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToUpdateNamedShadowRequest,
            }],
        ["updateShadow", {
                inputShapeName: "UpdateShadowRequest",
                payloadTransformer: buildUpdateShadowRequestPayload,
                subscriptionGenerator: buildUpdateShadowSubscriptions,
                responsePathGenerator: buildUpdateShadowResponsePaths,
                publishTopicGenerator: buildUpdateShadowPublishTopic,
                correlationTokenApplicator: applyCorrelationTokenToUpdateShadowRequest,
            }],
    ]);
}
function buildCreateNamedShadowDeltaUpdatedStreamTopicFilter(config) {
    const typedConfig = config;
    return `$aws/things/${typedConfig.thingName}/shadow/name/${typedConfig.shadowName}/update/delta`;
}
function buildCreateNamedShadowUpdatedStreamTopicFilter(config) {
    const typedConfig = config;
    return `$aws/things/${typedConfig.thingName}/shadow/name/${typedConfig.shadowName}/update/documents`;
}
function buildCreateShadowDeltaUpdatedStreamTopicFilter(config) {
    const typedConfig = config;
    return `$aws/things/${typedConfig.thingName}/shadow/update/delta`;
}
function buildCreateShadowUpdatedStreamTopicFilter(config) {
    const typedConfig = config;
    return `$aws/things/${typedConfig.thingName}/shadow/update/documents`;
}
function deserializeShadowDeltaUpdatedEventPayload(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function deserializeShadowUpdatedEventPayload(payload) {
    const payload_text = (0, util_utf8_browser_1.toUtf8)(new Uint8Array(payload));
    return JSON.parse(payload_text);
}
function createStreamingOperationServiceModelMap() {
    return new Map([
        ["createNamedShadowDeltaUpdatedStream", {
                inputShapeName: "NamedShadowDeltaUpdatedSubscriptionRequest",
                subscriptionGenerator: buildCreateNamedShadowDeltaUpdatedStreamTopicFilter,
                deserializer: deserializeShadowDeltaUpdatedEventPayload,
            }],
        ["createNamedShadowUpdatedStream", {
                inputShapeName: "NamedShadowUpdatedSubscriptionRequest",
                subscriptionGenerator: buildCreateNamedShadowUpdatedStreamTopicFilter,
                deserializer: deserializeShadowUpdatedEventPayload,
            }],
        ["createShadowDeltaUpdatedStream", {
                inputShapeName: "ShadowDeltaUpdatedSubscriptionRequest",
                subscriptionGenerator: buildCreateShadowDeltaUpdatedStreamTopicFilter,
                deserializer: deserializeShadowDeltaUpdatedEventPayload,
            }],
        ["createShadowUpdatedStream", {
                inputShapeName: "ShadowUpdatedSubscriptionRequest",
                subscriptionGenerator: buildCreateShadowUpdatedStreamTopicFilter,
                deserializer: deserializeShadowUpdatedEventPayload,
            }],
    ]);
}
function validateDeleteNamedShadowRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
    model_validation_utils.validateValueAsTopicSegment(value.shadowName, 'shadowName');
}
function validateDeleteShadowRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
}
function validateGetNamedShadowRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
    model_validation_utils.validateValueAsTopicSegment(value.shadowName, 'shadowName');
}
function validateGetShadowRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
}
function validateNamedShadowDeltaUpdatedSubscriptionRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
    model_validation_utils.validateValueAsTopicSegment(value.shadowName, 'shadowName');
}
function validateNamedShadowUpdatedSubscriptionRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
    model_validation_utils.validateValueAsTopicSegment(value.shadowName, 'shadowName');
}
function validateShadowDeltaUpdatedSubscriptionRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
}
function validateShadowState(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsOptionalAny(value.desired, 'desired');
    model_validation_utils.validateValueAsOptionalAny(value.reported, 'reported');
}
function validateShadowUpdatedSubscriptionRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
}
function validateUpdateNamedShadowRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
    model_validation_utils.validateValueAsTopicSegment(value.shadowName, 'shadowName');
    model_validation_utils.validateValueAsOptionalObject(value.state, validateShadowState, 'state');
    model_validation_utils.validateValueAsOptionalInteger(value.version, 'version');
}
function validateUpdateShadowRequest(value) {
    // @ts-ignore
    let typedValue = value;
    model_validation_utils.validateValueAsTopicSegment(value.thingName, 'thingName');
    model_validation_utils.validateValueAsOptionalObject(value.state, validateShadowState, 'state');
    model_validation_utils.validateValueAsOptionalInteger(value.version, 'version');
}
function createValidatorMap() {
    return new Map([
        ["NamedShadowDeltaUpdatedSubscriptionRequest", validateNamedShadowDeltaUpdatedSubscriptionRequest],
        ["NamedShadowUpdatedSubscriptionRequest", validateNamedShadowUpdatedSubscriptionRequest],
        ["ShadowDeltaUpdatedSubscriptionRequest", validateShadowDeltaUpdatedSubscriptionRequest],
        ["ShadowUpdatedSubscriptionRequest", validateShadowUpdatedSubscriptionRequest],
        ["DeleteNamedShadowRequest", validateDeleteNamedShadowRequest],
        ["DeleteShadowRequest", validateDeleteShadowRequest],
        ["GetNamedShadowRequest", validateGetNamedShadowRequest],
        ["GetShadowRequest", validateGetShadowRequest],
        ["UpdateNamedShadowRequest", validateUpdateNamedShadowRequest],
        ["UpdateShadowRequest", validateUpdateShadowRequest],
    ]);
}
function makeServiceModel() {
    let model = {
        requestResponseOperations: createRequestResponseOperationServiceModelMap(),
        streamingOperations: createStreamingOperationServiceModelMap(),
        shapeValidators: createValidatorMap()
    };
    return model;
}
exports.makeServiceModel = makeServiceModel;
//# sourceMappingURL=v2utils.js.map

/***/ }),

/***/ 53142:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ServiceError = exports.StreamingOperation = void 0;
const events_1 = __webpack_require__(24434);
const aws_crt_1 = __webpack_require__(228);
const mqtt_request_response_utils = __importStar(__webpack_require__(49296));
class StreamingOperation extends events_1.EventEmitter {
    constructor(config) {
        super();
        // validate
        let streamingOperationModel = config.serviceModel.streamingOperations.get(config.operationName);
        if (!streamingOperationModel) {
            throw new aws_crt_1.CrtError("NYI");
        }
        let validator = config.serviceModel.shapeValidators.get(streamingOperationModel.inputShapeName);
        if (!validator) {
            throw new aws_crt_1.CrtError("NYI");
        }
        validator(config.modelConfig);
        let streamOptions = {
            subscriptionTopicFilter: streamingOperationModel.subscriptionGenerator(config.modelConfig),
        };
        // create native operation
        this.deserializer = streamingOperationModel.deserializer;
        this.operation = config.client.createStream(streamOptions);
        this.operation.addListener(aws_crt_1.mqtt_request_response.StreamingOperationBase.SUBSCRIPTION_STATUS, this.onSubscriptionStatusChanged.bind(this));
        this.operation.addListener(aws_crt_1.mqtt_request_response.StreamingOperationBase.INCOMING_PUBLISH, this.onIncomingPublish.bind(this));
    }
    static create(config) {
        let operation = new StreamingOperation(config);
        return operation;
    }
    open() {
        this.operation.open();
    }
    close() {
        this.operation.close();
    }
    on(event, listener) {
        super.on(event, listener);
        return this;
    }
    onSubscriptionStatusChanged(eventData) {
        setImmediate(() => __awaiter(this, void 0, void 0, function* () {
            this.emit(StreamingOperation.SUBSCRIPTION_STATUS, eventData);
        }));
    }
    onIncomingPublish(eventData) {
        try {
            let message = this.deserializer(eventData.payload);
            setImmediate(() => __awaiter(this, void 0, void 0, function* () {
                this.emit(StreamingOperation.INCOMING_PUBLISH, {
                    message: message,
                });
            }));
        }
        catch (error) {
            let serviceError = mqtt_request_response_utils.createServiceError(error.toString());
            setImmediate(() => __awaiter(this, void 0, void 0, function* () {
                this.emit(StreamingOperation.INCOMING_PUBLISH_ERROR, {
                    payload: eventData.payload,
                    error: serviceError,
                });
            }));
        }
    }
}
exports.StreamingOperation = StreamingOperation;
/**
 * Event emitted when the stream's subscription status changes.
 *
 * Listener type: {@link mqtt_request_response.SubscriptionStatusListener}
 *
 * @event
 */
StreamingOperation.SUBSCRIPTION_STATUS = 'subscriptionStatus';
/**
 * Event emitted when a stream message is received
 *
 * Listener type: {@link IncomingPublishListener}
 *
 * @event
 */
StreamingOperation.INCOMING_PUBLISH = 'incomingPublish';
/**
 * Event emitted when a stream message is received but handling it resulted in an error
 *
 * Listener type: {@link IncomingPublishErrorListener}
 *
 * @event
 */
StreamingOperation.INCOMING_PUBLISH_ERROR = 'incomingPublishError';
class ServiceError extends Error {
    /** @internal */
    constructor(options) {
        super(options.description);
        if (options.internalError) {
            this.internalError = options.internalError;
        }
        if (options.modeledError) {
            this.modeledError = options.modeledError;
        }
    }
}
exports.ServiceError = ServiceError;
//# sourceMappingURL=mqtt_request_response.js.map

/***/ }),

/***/ 49296:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateValueAsOptionalObject = exports.validateValueAsObject = exports.validateValueAsOptionalMap = exports.validateValueAsMap = exports.validateValueAsOptionalArray = exports.validateValueAsArray = exports.validateValueAsOptionalAny = exports.validateValueAsAny = exports.validateValueAsOptionalBlob = exports.validateValueAsBlob = exports.validateValueAsOptionalDate = exports.validateValueAsDate = exports.validateValueAsOptionalBoolean = exports.validateValueAsBoolean = exports.validateValueAsOptionalInteger = exports.validateValueAsInteger = exports.validateValueAsOptionalString = exports.validateValueAsString = exports.validateValueAsNumber = exports.validateOptionalValueAsNumber = exports.validateValueAsTopicSegment = exports.createServiceError = exports.doRequestResponse = void 0;
const aws_crt_1 = __webpack_require__(228);
const mqtt_request_response_1 = __webpack_require__(53142);
function buildResponseDeserializerMap(paths) {
    return new Map(paths.map((path) => {
        return [path.topic, path.deserializer];
    }));
}
function buildResponsePaths(paths) {
    return paths.map((path) => {
        let responsePath = {
            topic: path.topic
        };
        if (path.correlationTokenJsonPath) {
            responsePath.correlationTokenJsonPath = path.correlationTokenJsonPath;
        }
        return responsePath;
    });
}
function doRequestResponse(options) {
    return __awaiter(this, void 0, void 0, function* () {
        return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
            try {
                let operationModel = options.serviceModel.requestResponseOperations.get(options.operationName);
                if (!operationModel) {
                    reject(createServiceError(`Operation "${options.operationName}" not in client's service model`));
                    return;
                }
                let validator = options.serviceModel.shapeValidators.get(operationModel.inputShapeName);
                if (!validator) {
                    reject(createServiceError(`Operation "${options.operationName}" does not have an input validator`));
                    return;
                }
                validator(options.request);
                let publishTopic = operationModel.publishTopicGenerator(options.request);
                let subscriptionsNeeded = operationModel.subscriptionGenerator(options.request);
                let modelPaths = operationModel.responsePathGenerator(options.request);
                let deserializerMap = buildResponseDeserializerMap(modelPaths);
                let responsePaths = buildResponsePaths(modelPaths);
                let [request, correlationToken] = operationModel.correlationTokenApplicator(options.request);
                let payload = operationModel.payloadTransformer(request);
                let requestOptions = {
                    subscriptionTopicFilters: subscriptionsNeeded,
                    responsePaths: responsePaths,
                    publishTopic: publishTopic,
                    payload: payload
                };
                if (correlationToken) {
                    requestOptions.correlationToken = correlationToken;
                }
                let response = yield options.client.submitRequest(requestOptions);
                let responseTopic = response.topic;
                let wasSuccess = responseTopic.endsWith("accepted"); // May need to eventually model
                let responsePayload = response.payload;
                let deserializer = deserializerMap.get(responseTopic);
                if (!deserializer) {
                    reject(createServiceError(`Operation "${options.operationName}" does not have a deserializer for topic "${responseTopic}"`));
                    return;
                }
                let deserializedResponse = deserializer(responsePayload);
                if (wasSuccess) {
                    resolve(deserializedResponse);
                }
                else {
                    reject(createServiceError("Request failed", undefined, deserializedResponse));
                }
            }
            catch (err) {
                if (err instanceof mqtt_request_response_1.ServiceError) {
                    reject(err);
                }
                else if (err instanceof aws_crt_1.CrtError) {
                    reject(createServiceError("CrtError", err));
                }
                else {
                    reject(createServiceError(err.toString()));
                }
            }
        }));
    });
}
exports.doRequestResponse = doRequestResponse;
function createServiceError(description, internalError, modeledError) {
    return new mqtt_request_response_1.ServiceError({
        description: description,
        internalError: internalError,
        modeledError: modeledError,
    });
}
exports.createServiceError = createServiceError;
function throwMissingPropertyError(propertyName) {
    if (propertyName) {
        throw createServiceError(`validation failure - missing required property '${propertyName}'`);
    }
    else {
        throw createServiceError(`validation failure - missing required property`);
    }
}
function throwInvalidPropertyValueError(valueDescription, propertyName) {
    if (propertyName) {
        throw createServiceError(`validation failure - property '${propertyName}' must be ${valueDescription}`);
    }
    else {
        throw createServiceError(`validation failure - property must be ${valueDescription}`);
    }
}
function validateValueAsTopicSegment(value, propertyName) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName);
    }
    if (typeof value !== 'string') {
        throwInvalidPropertyValueError("a string", propertyName);
    }
    if (value.includes("/") || value.includes("#") || value.includes("+")) {
        throwInvalidPropertyValueError("a valid MQTT topic", propertyName);
    }
}
exports.validateValueAsTopicSegment = validateValueAsTopicSegment;
function validateOptionalValueAsNumber(value, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsNumber(value, propertyName);
}
exports.validateOptionalValueAsNumber = validateOptionalValueAsNumber;
function validateValueAsNumber(value, propertyName) {
    if (value == undefined) {
        throwMissingPropertyError(propertyName);
    }
    if (typeof value !== 'number') {
        throwInvalidPropertyValueError("a number", propertyName);
    }
}
exports.validateValueAsNumber = validateValueAsNumber;
//////////////
function validateValueAsString(value, propertyName) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName);
    }
    if (typeof value !== 'string') {
        throwInvalidPropertyValueError('a string value', propertyName);
    }
}
exports.validateValueAsString = validateValueAsString;
function validateValueAsOptionalString(value, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsString(value, propertyName);
}
exports.validateValueAsOptionalString = validateValueAsOptionalString;
function validateValueAsInteger(value, propertyName) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName);
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throwInvalidPropertyValueError('an integer value', propertyName);
    }
}
exports.validateValueAsInteger = validateValueAsInteger;
function validateValueAsOptionalInteger(value, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsInteger(value, propertyName);
}
exports.validateValueAsOptionalInteger = validateValueAsOptionalInteger;
function validateValueAsBoolean(value, propertyName) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName);
    }
    if (typeof value !== 'boolean') {
        throwInvalidPropertyValueError('a boolean value', propertyName);
    }
}
exports.validateValueAsBoolean = validateValueAsBoolean;
function validateValueAsOptionalBoolean(value, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsBoolean(value, propertyName);
}
exports.validateValueAsOptionalBoolean = validateValueAsOptionalBoolean;
function validateValueAsDate(value, propertyName) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName);
    }
    if (!(value instanceof Date) || isNaN(value.getTime())) {
        throwInvalidPropertyValueError('a Date value', propertyName);
    }
}
exports.validateValueAsDate = validateValueAsDate;
function validateValueAsOptionalDate(value, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsDate(value, propertyName);
}
exports.validateValueAsOptionalDate = validateValueAsOptionalDate;
function validateValueAsBlob(value, propertyName) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName);
    }
    /* there doesn't seem to be a good way of checking if something is an ArrayBuffer */
    if ((typeof value !== 'string') && !ArrayBuffer.isView(value) && (!value.byteLength || !value.maxByteLength)) {
        throwInvalidPropertyValueError('a value convertible to a binary payload', propertyName);
    }
}
exports.validateValueAsBlob = validateValueAsBlob;
function validateValueAsOptionalBlob(value, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsBlob(value, propertyName);
}
exports.validateValueAsOptionalBlob = validateValueAsOptionalBlob;
function validateValueAsAny(value, propertyName) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName);
    }
}
exports.validateValueAsAny = validateValueAsAny;
function validateValueAsOptionalAny(value, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsAny(value, propertyName);
}
exports.validateValueAsOptionalAny = validateValueAsOptionalAny;
function validateValueAsArray(value, elementValidator, propertyName) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName);
    }
    if (!Array.isArray(value)) {
        throwInvalidPropertyValueError('an array value', propertyName);
    }
    for (const element of value) {
        try {
            elementValidator(element);
        }
        catch (err) {
            let serviceError = err;
            if (propertyName) {
                throw createServiceError(`Array property '${propertyName}' contains an invalid value: ${serviceError.toString()}`);
            }
            else {
                throw createServiceError(`Array contains an invalid value: ${serviceError.toString()}`);
            }
        }
    }
}
exports.validateValueAsArray = validateValueAsArray;
function validateValueAsOptionalArray(value, elementValidator, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsArray(value, elementValidator, propertyName);
}
exports.validateValueAsOptionalArray = validateValueAsOptionalArray;
function validateValueAsMap(value, keyValidator, valueValidator, propertyName) {
    if (value === undefined) {
        return;
    }
    /*
    if (!(value instanceof Map)) {
        throwInvalidPropertyValueError('a map value', propertyName);
    }*/
    //let valueAsMap = value as Map<any, any>;
    for (const key in value) {
        try {
            keyValidator(key);
        }
        catch (err) {
            let serviceError = err;
            if (propertyName) {
                throw createServiceError(`Map property '${propertyName}' contains an invalid key: ${serviceError.toString()}`);
            }
            else {
                throw createServiceError(`Map contains an invalid key: ${serviceError.toString()}`);
            }
        }
        let val = value[key];
        try {
            valueValidator(val);
        }
        catch (err) {
            let serviceError = err;
            if (propertyName) {
                throw createServiceError(`Map property '${propertyName}' contains an invalid value: ${serviceError.toString()}`);
            }
            else {
                throw createServiceError(`Map contains an invalid value: ${serviceError.toString()}`);
            }
        }
    }
}
exports.validateValueAsMap = validateValueAsMap;
function validateValueAsOptionalMap(value, keyValidator, valueValidator, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsMap(value, keyValidator, valueValidator, propertyName);
}
exports.validateValueAsOptionalMap = validateValueAsOptionalMap;
function validateValueAsObject(value, elementValidator, propertyName) {
    if (value === undefined) {
        throwMissingPropertyError(propertyName);
    }
    try {
        elementValidator(value);
    }
    catch (err) {
        let serviceError = err;
        throw createServiceError(`Property '${propertyName}' contains an invalid value: ${serviceError.toString()}`);
    }
}
exports.validateValueAsObject = validateValueAsObject;
function validateValueAsOptionalObject(value, elementValidator, propertyName) {
    if (value === undefined) {
        return;
    }
    validateValueAsObject(value, elementValidator, propertyName);
}
exports.validateValueAsOptionalObject = validateValueAsOptionalObject;
//# sourceMappingURL=mqtt_request_response_utils.js.map

/***/ }),

/***/ 12474:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
 * Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
 * SPDX-License-Identifier: Apache-2.0.
 */
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ServiceClientMqtt5Adapter = exports.ServiceClientMqtt311Adapter = void 0;
const aws_crt_1 = __webpack_require__(228);
/**
 * Simple adapter for low-level MQTT service clients to use the MQTT311 client.  Since the interface is just the
 * MQTT311 client's interface, all we need to do is forward.
 *
 * @internal
 */
class ServiceClientMqtt311Adapter {
    constructor(connection) {
        this.connection = connection;
    }
    publish(topic, payload, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.connection.publish(topic, payload, qos);
        });
    }
    subscribe(topic, qos, on_message) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.connection.subscribe(topic, qos, on_message);
        });
    }
}
exports.ServiceClientMqtt311Adapter = ServiceClientMqtt311Adapter;
/**
 * Adapter for low-level MQTT service clients to use the MQTT5 client.
 *
 * In addition to converting between the API contracts, adaptation requires constrained simulation of certain
 * features of the MQTT311 client (per subscription callbacks).  Full emulation of the topic tried is not needed
 * because all subscriptions are done with individual, non-wildcarded topics.
 *
 * @internal
 */
class ServiceClientMqtt5Adapter {
    onMessageReceivedHandler(eventData) {
        var _a;
        let publish = eventData.message;
        let topic = publish.topicName;
        let handler = this.subscriptionHandlers.get(topic);
        if (handler) {
            /* The payload field of a PublishPacket is always an ArrayBuffer */
            handler(topic, publish.payload, false, publish.qos, (_a = publish.retain) !== null && _a !== void 0 ? _a : false);
        }
    }
    constructor(client) {
        this.client = client;
        this.subscriptionHandlers = new Map();
        client.on('messageReceived', this.onMessageReceivedHandler.bind(this));
    }
    publish(topic, payload, qos) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                try {
                    let result = yield this.client.publish({
                        topicName: topic,
                        payload: payload,
                        qos: qos
                    });
                    if (result === undefined) {
                        if (qos == aws_crt_1.mqtt.QoS.AtMostOnce) {
                            resolve({});
                        }
                        else {
                            reject("Publish failed due to internal error");
                        }
                        return;
                    }
                    let puback = result;
                    if (aws_crt_1.mqtt5.isSuccessfulPubackReasonCode(puback.reasonCode)) {
                        resolve({});
                    }
                    else {
                        reject(new aws_crt_1.CrtError("Publish failed with reason code: " + puback.reasonCode));
                    }
                }
                catch (e) {
                    reject(e);
                }
            }));
        });
    }
    subscribe(topic, qos, on_message) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                try {
                    this.subscriptionHandlers.set(topic, on_message);
                    let result = yield this.client.subscribe({
                        subscriptions: [{ topicFilter: topic, qos: qos }]
                    });
                    let reasonCode = result.reasonCodes[0];
                    if (aws_crt_1.mqtt5.isSuccessfulSubackReasonCode(reasonCode)) {
                        resolve({
                            topic: topic,
                            qos: reasonCode
                        });
                    }
                    else {
                        throw new aws_crt_1.CrtError("Subscribe failed with reason code: " + reasonCode);
                    }
                }
                catch (e) {
                    this.subscriptionHandlers.delete(topic);
                    reject(e);
                }
            }));
        });
    }
}
exports.ServiceClientMqtt5Adapter = ServiceClientMqtt5Adapter;
//# sourceMappingURL=service_client_mqtt_adapter.js.map

/***/ }),

/***/ 94069:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
Object.defineProperty(exports, "v1", ({
  enumerable: true,
  get: function () {
    return _v.default;
  }
}));
Object.defineProperty(exports, "v3", ({
  enumerable: true,
  get: function () {
    return _v2.default;
  }
}));
Object.defineProperty(exports, "v4", ({
  enumerable: true,
  get: function () {
    return _v3.default;
  }
}));
Object.defineProperty(exports, "v5", ({
  enumerable: true,
  get: function () {
    return _v4.default;
  }
}));
Object.defineProperty(exports, "NIL", ({
  enumerable: true,
  get: function () {
    return _nil.default;
  }
}));
Object.defineProperty(exports, "version", ({
  enumerable: true,
  get: function () {
    return _version.default;
  }
}));
Object.defineProperty(exports, "validate", ({
  enumerable: true,
  get: function () {
    return _validate.default;
  }
}));
Object.defineProperty(exports, "stringify", ({
  enumerable: true,
  get: function () {
    return _stringify.default;
  }
}));
Object.defineProperty(exports, "parse", ({
  enumerable: true,
  get: function () {
    return _parse.default;
  }
}));

var _v = _interopRequireDefault(__webpack_require__(23560));

var _v2 = _interopRequireDefault(__webpack_require__(33970));

var _v3 = _interopRequireDefault(__webpack_require__(55707));

var _v4 = _interopRequireDefault(__webpack_require__(39828));

var _nil = _interopRequireDefault(__webpack_require__(24046));

var _version = _interopRequireDefault(__webpack_require__(40845));

var _validate = _interopRequireDefault(__webpack_require__(94135));

var _stringify = _interopRequireDefault(__webpack_require__(39364));

var _parse = _interopRequireDefault(__webpack_require__(45194));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

/***/ }),

/***/ 12673:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _crypto = _interopRequireDefault(__webpack_require__(76982));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

function md5(bytes) {
  if (Array.isArray(bytes)) {
    bytes = Buffer.from(bytes);
  } else if (typeof bytes === 'string') {
    bytes = Buffer.from(bytes, 'utf8');
  }

  return _crypto.default.createHash('md5').update(bytes).digest();
}

var _default = md5;
exports["default"] = _default;

/***/ }),

/***/ 24046:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;
var _default = '00000000-0000-0000-0000-000000000000';
exports["default"] = _default;

/***/ }),

/***/ 45194:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _validate = _interopRequireDefault(__webpack_require__(94135));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

function parse(uuid) {
  if (!(0, _validate.default)(uuid)) {
    throw TypeError('Invalid UUID');
  }

  let v;
  const arr = new Uint8Array(16); // Parse ########-....-....-....-............

  arr[0] = (v = parseInt(uuid.slice(0, 8), 16)) >>> 24;
  arr[1] = v >>> 16 & 0xff;
  arr[2] = v >>> 8 & 0xff;
  arr[3] = v & 0xff; // Parse ........-####-....-....-............

  arr[4] = (v = parseInt(uuid.slice(9, 13), 16)) >>> 8;
  arr[5] = v & 0xff; // Parse ........-....-####-....-............

  arr[6] = (v = parseInt(uuid.slice(14, 18), 16)) >>> 8;
  arr[7] = v & 0xff; // Parse ........-....-....-####-............

  arr[8] = (v = parseInt(uuid.slice(19, 23), 16)) >>> 8;
  arr[9] = v & 0xff; // Parse ........-....-....-....-############
  // (Use "/" to avoid 32-bit truncation when bit-shifting high-order bytes)

  arr[10] = (v = parseInt(uuid.slice(24, 36), 16)) / 0x10000000000 & 0xff;
  arr[11] = v / 0x100000000 & 0xff;
  arr[12] = v >>> 24 & 0xff;
  arr[13] = v >>> 16 & 0xff;
  arr[14] = v >>> 8 & 0xff;
  arr[15] = v & 0xff;
  return arr;
}

var _default = parse;
exports["default"] = _default;

/***/ }),

/***/ 43202:
/***/ ((__unused_webpack_module, exports) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;
var _default = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$/i;
exports["default"] = _default;

/***/ }),

/***/ 69720:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = rng;

var _crypto = _interopRequireDefault(__webpack_require__(76982));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

const rnds8Pool = new Uint8Array(256); // # of random values to pre-allocate

let poolPtr = rnds8Pool.length;

function rng() {
  if (poolPtr > rnds8Pool.length - 16) {
    _crypto.default.randomFillSync(rnds8Pool);

    poolPtr = 0;
  }

  return rnds8Pool.slice(poolPtr, poolPtr += 16);
}

/***/ }),

/***/ 59596:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _crypto = _interopRequireDefault(__webpack_require__(76982));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

function sha1(bytes) {
  if (Array.isArray(bytes)) {
    bytes = Buffer.from(bytes);
  } else if (typeof bytes === 'string') {
    bytes = Buffer.from(bytes, 'utf8');
  }

  return _crypto.default.createHash('sha1').update(bytes).digest();
}

var _default = sha1;
exports["default"] = _default;

/***/ }),

/***/ 39364:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _validate = _interopRequireDefault(__webpack_require__(94135));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

/**
 * Convert array of 16 byte values to UUID string format of the form:
 * XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX
 */
const byteToHex = [];

for (let i = 0; i < 256; ++i) {
  byteToHex.push((i + 0x100).toString(16).substr(1));
}

function stringify(arr, offset = 0) {
  // Note: Be careful editing this code!  It's been tuned for performance
  // and works in ways you may not expect. See https://github.com/uuidjs/uuid/pull/434
  const uuid = (byteToHex[arr[offset + 0]] + byteToHex[arr[offset + 1]] + byteToHex[arr[offset + 2]] + byteToHex[arr[offset + 3]] + '-' + byteToHex[arr[offset + 4]] + byteToHex[arr[offset + 5]] + '-' + byteToHex[arr[offset + 6]] + byteToHex[arr[offset + 7]] + '-' + byteToHex[arr[offset + 8]] + byteToHex[arr[offset + 9]] + '-' + byteToHex[arr[offset + 10]] + byteToHex[arr[offset + 11]] + byteToHex[arr[offset + 12]] + byteToHex[arr[offset + 13]] + byteToHex[arr[offset + 14]] + byteToHex[arr[offset + 15]]).toLowerCase(); // Consistency check for valid UUID.  If this throws, it's likely due to one
  // of the following:
  // - One or more input array values don't map to a hex octet (leading to
  // "undefined" in the uuid)
  // - Invalid input values for the RFC `version` or `variant` fields

  if (!(0, _validate.default)(uuid)) {
    throw TypeError('Stringified UUID is invalid');
  }

  return uuid;
}

var _default = stringify;
exports["default"] = _default;

/***/ }),

/***/ 23560:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _rng = _interopRequireDefault(__webpack_require__(69720));

var _stringify = _interopRequireDefault(__webpack_require__(39364));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

// **`v1()` - Generate time-based UUID**
//
// Inspired by https://github.com/LiosK/UUID.js
// and http://docs.python.org/library/uuid.html
let _nodeId;

let _clockseq; // Previous uuid creation time


let _lastMSecs = 0;
let _lastNSecs = 0; // See https://github.com/uuidjs/uuid for API details

function v1(options, buf, offset) {
  let i = buf && offset || 0;
  const b = buf || new Array(16);
  options = options || {};
  let node = options.node || _nodeId;
  let clockseq = options.clockseq !== undefined ? options.clockseq : _clockseq; // node and clockseq need to be initialized to random values if they're not
  // specified.  We do this lazily to minimize issues related to insufficient
  // system entropy.  See #189

  if (node == null || clockseq == null) {
    const seedBytes = options.random || (options.rng || _rng.default)();

    if (node == null) {
      // Per 4.5, create and 48-bit node id, (47 random bits + multicast bit = 1)
      node = _nodeId = [seedBytes[0] | 0x01, seedBytes[1], seedBytes[2], seedBytes[3], seedBytes[4], seedBytes[5]];
    }

    if (clockseq == null) {
      // Per 4.2.2, randomize (14 bit) clockseq
      clockseq = _clockseq = (seedBytes[6] << 8 | seedBytes[7]) & 0x3fff;
    }
  } // UUID timestamps are 100 nano-second units since the Gregorian epoch,
  // (1582-10-15 00:00).  JSNumbers aren't precise enough for this, so
  // time is handled internally as 'msecs' (integer milliseconds) and 'nsecs'
  // (100-nanoseconds offset from msecs) since unix epoch, 1970-01-01 00:00.


  let msecs = options.msecs !== undefined ? options.msecs : Date.now(); // Per 4.2.1.2, use count of uuid's generated during the current clock
  // cycle to simulate higher resolution clock

  let nsecs = options.nsecs !== undefined ? options.nsecs : _lastNSecs + 1; // Time since last uuid creation (in msecs)

  const dt = msecs - _lastMSecs + (nsecs - _lastNSecs) / 10000; // Per 4.2.1.2, Bump clockseq on clock regression

  if (dt < 0 && options.clockseq === undefined) {
    clockseq = clockseq + 1 & 0x3fff;
  } // Reset nsecs if clock regresses (new clockseq) or we've moved onto a new
  // time interval


  if ((dt < 0 || msecs > _lastMSecs) && options.nsecs === undefined) {
    nsecs = 0;
  } // Per 4.2.1.2 Throw error if too many uuids are requested


  if (nsecs >= 10000) {
    throw new Error("uuid.v1(): Can't create more than 10M uuids/sec");
  }

  _lastMSecs = msecs;
  _lastNSecs = nsecs;
  _clockseq = clockseq; // Per 4.1.4 - Convert from unix epoch to Gregorian epoch

  msecs += 12219292800000; // `time_low`

  const tl = ((msecs & 0xfffffff) * 10000 + nsecs) % 0x100000000;
  b[i++] = tl >>> 24 & 0xff;
  b[i++] = tl >>> 16 & 0xff;
  b[i++] = tl >>> 8 & 0xff;
  b[i++] = tl & 0xff; // `time_mid`

  const tmh = msecs / 0x100000000 * 10000 & 0xfffffff;
  b[i++] = tmh >>> 8 & 0xff;
  b[i++] = tmh & 0xff; // `time_high_and_version`

  b[i++] = tmh >>> 24 & 0xf | 0x10; // include version

  b[i++] = tmh >>> 16 & 0xff; // `clock_seq_hi_and_reserved` (Per 4.2.2 - include variant)

  b[i++] = clockseq >>> 8 | 0x80; // `clock_seq_low`

  b[i++] = clockseq & 0xff; // `node`

  for (let n = 0; n < 6; ++n) {
    b[i + n] = node[n];
  }

  return buf || (0, _stringify.default)(b);
}

var _default = v1;
exports["default"] = _default;

/***/ }),

/***/ 33970:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _v = _interopRequireDefault(__webpack_require__(61867));

var _md = _interopRequireDefault(__webpack_require__(12673));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

const v3 = (0, _v.default)('v3', 0x30, _md.default);
var _default = v3;
exports["default"] = _default;

/***/ }),

/***/ 61867:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = _default;
exports.URL = exports.DNS = void 0;

var _stringify = _interopRequireDefault(__webpack_require__(39364));

var _parse = _interopRequireDefault(__webpack_require__(45194));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

function stringToBytes(str) {
  str = unescape(encodeURIComponent(str)); // UTF8 escape

  const bytes = [];

  for (let i = 0; i < str.length; ++i) {
    bytes.push(str.charCodeAt(i));
  }

  return bytes;
}

const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
exports.DNS = DNS;
const URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
exports.URL = URL;

function _default(name, version, hashfunc) {
  function generateUUID(value, namespace, buf, offset) {
    if (typeof value === 'string') {
      value = stringToBytes(value);
    }

    if (typeof namespace === 'string') {
      namespace = (0, _parse.default)(namespace);
    }

    if (namespace.length !== 16) {
      throw TypeError('Namespace must be array-like (16 iterable integer values, 0-255)');
    } // Compute hash of namespace and value, Per 4.3
    // Future: Use spread syntax when supported on all platforms, e.g. `bytes =
    // hashfunc([...namespace, ... value])`


    let bytes = new Uint8Array(16 + value.length);
    bytes.set(namespace);
    bytes.set(value, namespace.length);
    bytes = hashfunc(bytes);
    bytes[6] = bytes[6] & 0x0f | version;
    bytes[8] = bytes[8] & 0x3f | 0x80;

    if (buf) {
      offset = offset || 0;

      for (let i = 0; i < 16; ++i) {
        buf[offset + i] = bytes[i];
      }

      return buf;
    }

    return (0, _stringify.default)(bytes);
  } // Function#name is not settable on some platforms (#270)


  try {
    generateUUID.name = name; // eslint-disable-next-line no-empty
  } catch (err) {} // For CommonJS default export support


  generateUUID.DNS = DNS;
  generateUUID.URL = URL;
  return generateUUID;
}

/***/ }),

/***/ 55707:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _rng = _interopRequireDefault(__webpack_require__(69720));

var _stringify = _interopRequireDefault(__webpack_require__(39364));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

function v4(options, buf, offset) {
  options = options || {};

  const rnds = options.random || (options.rng || _rng.default)(); // Per 4.4, set bits for version and `clock_seq_hi_and_reserved`


  rnds[6] = rnds[6] & 0x0f | 0x40;
  rnds[8] = rnds[8] & 0x3f | 0x80; // Copy bytes to buffer, if provided

  if (buf) {
    offset = offset || 0;

    for (let i = 0; i < 16; ++i) {
      buf[offset + i] = rnds[i];
    }

    return buf;
  }

  return (0, _stringify.default)(rnds);
}

var _default = v4;
exports["default"] = _default;

/***/ }),

/***/ 39828:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _v = _interopRequireDefault(__webpack_require__(61867));

var _sha = _interopRequireDefault(__webpack_require__(59596));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

const v5 = (0, _v.default)('v5', 0x50, _sha.default);
var _default = v5;
exports["default"] = _default;

/***/ }),

/***/ 94135:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _regex = _interopRequireDefault(__webpack_require__(43202));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

function validate(uuid) {
  return typeof uuid === 'string' && _regex.default.test(uuid);
}

var _default = validate;
exports["default"] = _default;

/***/ }),

/***/ 40845:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



Object.defineProperty(exports, "__esModule", ({
  value: true
}));
exports["default"] = void 0;

var _validate = _interopRequireDefault(__webpack_require__(94135));

function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }

function version(uuid) {
  if (!(0, _validate.default)(uuid)) {
    throw TypeError('Invalid UUID');
  }

  return parseInt(uuid.substr(14, 1), 16);
}

var _default = version;
exports["default"] = _default;

/***/ }),

/***/ 10467:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"aws-crt","version":"1.33.1","description":"NodeJS/browser bindings to the aws-c-* libraries","homepage":"https://github.com/awslabs/aws-crt-nodejs","repository":{"type":"git","url":"git+https://github.com/awslabs/aws-crt-nodejs.git"},"contributors":["AWS Common Runtime Team <aws-sdk-common-runtime@amazon.com>"],"license":"Apache-2.0","main":"./dist/index.js","browser":"./dist.browser/browser.js","types":"./dist/index.d.ts","scripts":{"tsc":"node ./scripts/tsc.js","test":"npm run test:native","test:node":"npm run test:native","test:native":"npx jest --runInBand --verbose --config test/native/jest.config.js --forceExit","test:browser":"npx jest --runInBand --verbose --config test/browser/jest.config.js --forceExit","test:browser:ci":"npm run install:puppeteer && npm run test:browser","install:puppeteer":"npm install --save-dev jest-puppeteer puppeteer @types/puppeteer","prepare":"node ./scripts/tsc.js && node ./scripts/install.js","install":"node ./scripts/install.js"},"overrides":{"axios":"^1.12.2"},"devDependencies":{"@types/crypto-js":"^3.1.43","@types/jest":"^27.0.1","@types/node":"^14.18.63","@types/prettier":"2.6.0","@types/puppeteer":"^5.4.7","@types/uuid":"^10.0.0","@types/ws":"^7.4.7","aws-sdk":"^2.1537.0","cmake-js":"^7.4.0","https-proxy-agent":"^5.0.1","jest":"^27.2.1","jest-puppeteer":"^5.0.4","jest-runtime":"^27.2.1","puppeteer":"^3.3.0","tar":"^7.5.4","ts-jest":"^27.0.5","typedoc":"^0.24.8","typedoc-plugin-merge-modules":"^5.1.0","typescript":"^4.9.5","uuid":"^10.0.0","yargs":"^17.2.1"},"dependencies":{"@aws-sdk/util-utf8-browser":"^3.259.0","@httptoolkit/websocket-stream":"^6.0.1","axios":"^1.12.2","buffer":"^6.0.3","crypto-js":"^4.2.0","process":"^0.11.10"}}');

/***/ }),

/***/ 14931:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"aws-iot-device-sdk-v2","version":"1.28.0","description":"NodeJS API for the AWS IoT service","homepage":"https://github.com/aws/aws-iot-device-sdk-js-v2","repository":{"type":"git","url":"git+https://github.com/aws/aws-iot-device-sdk-js-v2.git"},"keywords":["aws","iot"],"contributors":["AWS SDK Common Runtime Team <aws-sdk-common-runtime@amazon.com>"],"license":"Apache-2.0","main":"./dist/index.js","types":"./dist/index.d.ts","sideEffects":["./dist/index.js","./dist/browser.js"],"browser":"./dist/browser.js","scripts":{"tsc":"tsc","prepare":"npm run tsc","build":"tsc","test":"npm run test:native","test:node":"npm run test:native","test:native":"npx jest --runInBand --verbose --config test/native/jest.config.js --forceExit"},"devDependencies":{"@aws-sdk/client-iot":"3.556.0","@types/jest":"^27.0.1","@types/node":"^14.18.63","@types/puppeteer":"^5.4.7","@types/uuid":"^3.4.13","@types/ws":"8.5.4","cmake-js":"^7.3.0","jest":"^27.2.1","jest-puppeteer":"^10.0.1","jest-runtime":"^27.2.1","puppeteer":"^3.3.0","ts-jest":"^27.0.5","typedoc":"^0.24.8","typedoc-plugin-merge-modules":"^5.1.0","typescript":"^4.9.5"},"dependencies":{"@aws-sdk/util-utf8-browser":"^3.109.0","aws-crt":"1.33.1","uuid":"^8.3.2"}}');

/***/ })

};
