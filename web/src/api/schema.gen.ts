/*
 * Generated from the server's OpenAPI document (GET /api/openapi.json) by openapi-typescript.
 * Do not edit: change the route schemas, then run `npm run generate:api-types`.
 * CI runs `npm run check:api-types`, which fails when this file is stale.
 */

export interface paths {
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute every hash chain of the audit trail and report the first broken link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            broken?: {
                                /** @description system, or the id of the customer whose chain it is */
                                chain: string;
                                /** @enum {string} */
                                code: "event_missing" | "predecessor_mismatch" | "event_altered" | "head_mismatch";
                                /** @description The break in English */
                                reason: string;
                                seq: number;
                            };
                            chains: number;
                            checked: number;
                            ok: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password; sets the session cookie
         * @description 401 invalid_credentials. 429 sign_in_throttled with Retry-After: after 5 attempts on one account (from any address) or 15 from one address within an hour, each further attempt waits 30 s, 1 min, 2 min … up to 15 min; a correct password starts the account's count again.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                            /**
                             * @description complete, or what is left before anything else works: mfa_code (POST /api/v1/auth/mfa/verify) or mfa_enrolment (set up an authenticator app)
                             * @enum {string}
                             */
                            stage: "complete" | "mfa_code" | "mfa_enrolment";
                            user: {
                                active: boolean;
                                createdAt: string;
                                customerId: string | null;
                                email: string;
                                id: string;
                                locale: string;
                                name: string;
                                roles: string[];
                                /** @description For If-Match on edits */
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I, what may I do, and whether my sign-in is complete */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            id: string;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** @description true once the person (or an admin) picked the language; until then a browser follows its own language */
                            localeChosen: boolean;
                            name: string;
                            permissions: string[];
                            roles: string[];
                            /**
                             * @description complete, or what is left before anything else works: mfa_code (POST /api/v1/auth/mfa/verify) or mfa_enrolment (set up an authenticator app)
                             * @enum {string}
                             */
                            stage: "complete" | "mfa_code" | "mfa_enrolment";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my own profile: the language (zh-CN or en) my console and the messages to me use, on every browser */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale: "zh-CN" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            id: string;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** @description true once the person (or an admin) picked the language; until then a browser follows its own language */
                            localeChosen: boolean;
                            name: string;
                            permissions: string[];
                            roles: string[];
                            /**
                             * @description complete, or what is left before anything else works: mfa_code (POST /api/v1/auth/mfa/verify) or mfa_enrolment (set up an authenticator app)
                             * @enum {string}
                             */
                            stage: "complete" | "mfa_code" | "mfa_enrolment";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I use multi-factor sign-in, whether my roles require it, and how many recovery codes I have left */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            recoveryCodesLeft: number;
                            /** @description Whether my roles require MFA (then it cannot be turned off) */
                            required: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn multi-factor sign-in off (password and a current code)
         * @description 409 mfa_required_for_role when my roles require it; 403 current_password_wrong or mfa_code_wrong; 429 sign_in_throttled.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The 6-digit code the authenticator app shows now */
                        code: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up an authenticator app: a new secret, shown only in this answer
         * @description Show `otpauthUri` as a QR code (and `secret` as text to type in), then confirm with a code. 409 mfa_already_enabled.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauthUri: string;
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the authenticator with a code from it; answers the 10 recovery codes, once
         * @description Turns MFA on. A session that had to set it up becomes complete under a new cookie. 403 mfa_code_wrong; 429 sign_in_throttled with Retry-After after too many wrong codes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The 6-digit code the authenticator app shows now */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The second sign-in step: a code from the authenticator app, or a recovery code
         * @description After a password sign-in that answered stage "mfa_code". The session becomes complete under a new cookie; a recovery code is used up. 403 mfa_code_wrong; 409 mfa_not_pending; 429 sign_in_throttled with Retry-After after 5 wrong codes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The 6-digit code the authenticator app shows now */
                        code: string;
                    } | {
                        recoveryCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password; my other sessions end
         * @description 403 current_password_wrong; 422 weak_password naming /newPassword and the rule it breaks; 429 sign_in_throttled (with Retry-After) after too many wrong current passwords.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                name: string;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token for integrations; the token is shown only in this response
         * @description A staff token without expiresInDays works until revoked. A portal user's token works 30 days by default and at most 90 (422 portal_token_lifetime).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays?: number;
                        /** @default API token */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            name: string;
                            revokedAt: string | null;
                        } & {
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            name: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaigns, newest first (of one segment when asked), with how many were sent, skipped and failed */
        get: {
            parameters: {
                query?: {
                    segmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                cancelledAt: string | null;
                                /** @enum {string} */
                                channel: "email" | "sms" | "webhook";
                                counts: {
                                    /** @description Whose message failed for good (see the delivery log) */
                                    failed: number;
                                    /** @description Not yet queued or skipped */
                                    pending: number;
                                    /** @description Given a message */
                                    queued: number;
                                    /** @description Customers taken from the segment when it was sent */
                                    recipients: number;
                                    /** @description Whose message went out */
                                    sent: number;
                                    /** @description Skipped: the campaign was cancelled first */
                                    skippedCancelled: number;
                                    /** @description Skipped: no email address or phone for the channel */
                                    skippedNoAddress: number;
                                    /** @description Skipped: opted out of marketing */
                                    skippedUnsubscribed: number;
                                };
                                createdAt: string;
                                createdBy: string | null;
                                finishedAt: string | null;
                                id: string;
                                name: string;
                                segmentId: string;
                                sendStartedAt: string | null;
                                sentBy: string | null;
                                /** @enum {string} */
                                status: "draft" | "sending" | "sent" | "cancelled";
                                subject: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Write a campaign to a segment as a draft: its channel, subject and text
         * @description 422 campaign_placeholder_unknown: the subject or text names a placeholder other than {customerName} and {contactName}.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description May use {customerName} and {contactName}; email and SMS get an unsubscribe link after it */
                        body: string;
                        /** @enum {string} */
                        channel: "email" | "sms" | "webhook";
                        name: string;
                        /** Format: uuid */
                        segmentId: string;
                        /** @description May use {customerName} and {contactName} */
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            channel: "email" | "sms" | "webhook";
                            counts: {
                                /** @description Whose message failed for good (see the delivery log) */
                                failed: number;
                                /** @description Not yet queued or skipped */
                                pending: number;
                                /** @description Given a message */
                                queued: number;
                                /** @description Customers taken from the segment when it was sent */
                                recipients: number;
                                /** @description Whose message went out */
                                sent: number;
                                /** @description Skipped: the campaign was cancelled first */
                                skippedCancelled: number;
                                /** @description Skipped: no email address or phone for the channel */
                                skippedNoAddress: number;
                                /** @description Skipped: opted out of marketing */
                                skippedUnsubscribed: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            finishedAt: string | null;
                            id: string;
                            name: string;
                            segmentId: string;
                            sendStartedAt: string | null;
                            sentBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "sending" | "sent" | "cancelled";
                            subject: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign with its counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            channel: "email" | "sms" | "webhook";
                            counts: {
                                /** @description Whose message failed for good (see the delivery log) */
                                failed: number;
                                /** @description Not yet queued or skipped */
                                pending: number;
                                /** @description Given a message */
                                queued: number;
                                /** @description Customers taken from the segment when it was sent */
                                recipients: number;
                                /** @description Whose message went out */
                                sent: number;
                                /** @description Skipped: the campaign was cancelled first */
                                skippedCancelled: number;
                                /** @description Skipped: no email address or phone for the channel */
                                skippedNoAddress: number;
                                /** @description Skipped: opted out of marketing */
                                skippedUnsubscribed: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            finishedAt: string | null;
                            id: string;
                            name: string;
                            segmentId: string;
                            sendStartedAt: string | null;
                            sentBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "sending" | "sent" | "cancelled";
                            subject: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a campaign off: a draft is never sent; a sending one queues no more messages
         * @description 409 invalid_transition: it is sent or cancelled already.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            channel: "email" | "sms" | "webhook";
                            counts: {
                                /** @description Whose message failed for good (see the delivery log) */
                                failed: number;
                                /** @description Not yet queued or skipped */
                                pending: number;
                                /** @description Given a message */
                                queued: number;
                                /** @description Customers taken from the segment when it was sent */
                                recipients: number;
                                /** @description Whose message went out */
                                sent: number;
                                /** @description Skipped: the campaign was cancelled first */
                                skippedCancelled: number;
                                /** @description Skipped: no email address or phone for the channel */
                                skippedNoAddress: number;
                                /** @description Skipped: opted out of marketing */
                                skippedUnsubscribed: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            finishedAt: string | null;
                            id: string;
                            name: string;
                            segmentId: string;
                            sendStartedAt: string | null;
                            sentBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "sending" | "sent" | "cancelled";
                            subject: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a draft campaign to its segment's customers at this moment, once each
         * @description Takes the members now; each gets one message through the notification channels (the delivery log and its retries apply), in batches by the worker. A customer opted out of marketing, or without an email address or phone for the channel, is skipped and counted. 409 campaign_not_draft: it was sent (or cancelled) already; 409 campaign_channel_unavailable: email or SMS is not configured.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            channel: "email" | "sms" | "webhook";
                            counts: {
                                /** @description Whose message failed for good (see the delivery log) */
                                failed: number;
                                /** @description Not yet queued or skipped */
                                pending: number;
                                /** @description Given a message */
                                queued: number;
                                /** @description Customers taken from the segment when it was sent */
                                recipients: number;
                                /** @description Whose message went out */
                                sent: number;
                                /** @description Skipped: the campaign was cancelled first */
                                skippedCancelled: number;
                                /** @description Skipped: no email address or phone for the channel */
                                skippedNoAddress: number;
                                /** @description Skipped: opted out of marketing */
                                skippedUnsubscribed: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            finishedAt: string | null;
                            id: string;
                            name: string;
                            segmentId: string;
                            sendStartedAt: string | null;
                            sentBy: string | null;
                            /** @enum {string} */
                            status: "draft" | "sending" | "sent" | "cancelled";
                            subject: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The message as one member of the segment would read it, and how many members there are now
         * @description 422 campaign_placeholder_unknown: the subject or text names a placeholder other than {customerName} and {contactName}.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description May use {customerName} and {contactName}; email and SMS get an unsubscribe link after it */
                        body: string;
                        /** @enum {string} */
                        channel: "email" | "sms" | "webhook";
                        /**
                         * Format: uuid
                         * @description The member to show it for; the first by name when left out
                         */
                        customerId?: string;
                        /** Format: uuid */
                        segmentId: string;
                        /** @description May use {customerName} and {contactName} */
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description As the customer reads it, filled in for them */
                            body: string;
                            customer: {
                                id: string;
                                name: string;
                            } | null;
                            footer: string | null;
                            /** @description How many customers are in the segment now */
                            members: number;
                            subject: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carriers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The carrier directory, by code */
        get: {
            parameters: {
                query?: {
                    /** @description Only active (true) or only inactive (false) carriers */
                    active?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                id: string;
                                name: string;
                                trackingUrlTemplate: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a carrier
         * @description 409 already_exists: the code is taken. 422 invalid_tracking_url: the template is not an https address with {trackingNumber} in its path or query.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @description Letters, digits, - and _; kept upper-case */
                        code: string;
                        name: string;
                        trackingUrlTemplate?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: string;
                            name: string;
                            trackingUrlTemplate: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carriers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One carrier */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: string;
                            name: string;
                            trackingUrlTemplate: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a carrier no shipment names (409 carrier_in_use otherwise: deactivate it) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a carrier (name, tracking template, active; the code only while no shipment names it) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @description Letters, digits, - and _; kept upper-case */
                        code?: string;
                        name?: string;
                        trackingUrlTemplate?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: string;
                            name: string;
                            trackingUrlTemplate: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** After-sales cases, newest first or sorted by contact deadline, type or status; by status, type, order, customer, owner, or overdue for the first contact */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    customerId?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                    /** @description asc or desc (default asc) */
                    order?: "asc" | "desc";
                    orderId?: string;
                    /** @description Only cases whose customer contact is past its deadline and not yet made */
                    overdue?: boolean;
                    ownerId?: string;
                    /** @description The column to sort by (default opened) */
                    sort?: "opened" | "contactDue" | "type" | "status";
                    status?: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                    type?: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                closedAt: string | null;
                                confirmation: {
                                    at: string;
                                    /** @enum {string} */
                                    channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                    /** @description The customer's person who confirmed */
                                    confirmedBy: string;
                                    recordedBy: string | null;
                                } | null;
                                contactDueAt: string;
                                contactedAt: string | null;
                                currency: string | null;
                                customerId: string;
                                customerName: string;
                                id: string;
                                openedAt: string;
                                openedBy: string | null;
                                openedByLabel: string;
                                orderId: string | null;
                                orderNumber: string | null;
                                owner: {
                                    id: string;
                                    label: string;
                                } | null;
                                refundedMinor: number;
                                replacements: {
                                    number: string;
                                    orderId: string;
                                    /** @enum {string} */
                                    status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                }[];
                                reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                                resolution: string | null;
                                returns: {
                                    authorisedAt: string;
                                    caseId: string;
                                    currency: string;
                                    id: string;
                                    lines: {
                                        disposition: ("restock" | "scrap") | null;
                                        /** @enum {string} */
                                        kind: "stock" | "made_to_order" | "service";
                                        lineId: string;
                                        lineNo: number;
                                        productId: string;
                                        quantity: number;
                                        sku: string;
                                    }[];
                                    orderId: string;
                                    reason: string;
                                    receivedAt: string | null;
                                    refundedAt: string | null;
                                    refundMinor: number | null;
                                    /** @enum {string} */
                                    status: "authorised" | "received" | "refunded";
                                }[];
                                /** @enum {string} */
                                source: "staff" | "acceptance" | "survey" | "portal";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                transferRequest: {
                                    by: string;
                                    label: string;
                                    note: string | null;
                                } | null;
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open an after-sales case about an order or a customer
         * @description Opens the task to contact the customer within 2 h; `reportedVia` records how the customer reached us. An accepted, failed or completed order moves to after_sales.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customerId?: string;
                        /** Format: uuid */
                        orderId?: string;
                        /**
                         * @description How the customer reached us
                         * @enum {string}
                         */
                        reportedVia?: "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                        summary: string;
                        /** @enum {string} */
                        type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its returns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The after-sales case's files, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string | null;
                                /** @description Told by the content, not the declared type */
                                contentType: string;
                                fileName: string;
                                id: string;
                                /** @enum {string} */
                                kind: "signed_confirmation" | "drawing" | "logo" | "photo" | "other";
                                orderId: string | null;
                                sha256: string;
                                sizeBytes: number;
                                /** @enum {string} */
                                source: "staff" | "portal";
                                uploadedAt: string;
                                uploadedBy: string | null;
                                uploadedByLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach files to the after-sales case (multipart/form-data, one or more files)
         * @description Every file of the request is stored, or none: application/pdf, image/png, image/jpeg, image/webp, image/heic (told by the content, not the declared type, and the name's extension must agree with it; 415 unsupported_file_type), at most 20971520 bytes each (413 file_too_large), 10 per request and 20 in all (413 too_many_files). The kind (query) applies to every file of the request.
         */
        post: {
            parameters: {
                query?: {
                    /** @description What the files are (default other); the same for every file of the request */
                    kind?: "signed_confirmation" | "drawing" | "logo" | "photo" | "other";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string | null;
                                /** @description Told by the content, not the declared type */
                                contentType: string;
                                fileName: string;
                                id: string;
                                /** @enum {string} */
                                kind: "signed_confirmation" | "drawing" | "logo" | "photo" | "other";
                                orderId: string | null;
                                sha256: string;
                                sizeBytes: number;
                                /** @enum {string} */
                                source: "staff" | "portal";
                                uploadedAt: string;
                                uploadedBy: string | null;
                                uploadedByLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One file of the after-sales case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a file of the after-sales case (audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Respond first and own the case
         * @description 409 case_already_owned: someone responded first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The owner resolves the case: it waits for the customer's confirmation before it closes
         * @description Records the resolution; the case is awaiting_confirmation until the customer confirms in the portal or staff record their answer (POST …/confirmation).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the customer's answer to a resolved case, taken by phone, on a visit, ...
         * @description Satisfied: the case closes, the follow-up visit is scheduled (a task 7 days later) and an order in after_sales with no other open case is completed; 409 replacement_not_shipped while a replacement of the order has not shipped. Not satisfied: the case goes back to its owner (in_progress). 409 case_not_resolved unless the case is awaiting_confirmation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                        confirmedBy: string;
                        note?: string;
                        /** @description false: the customer is not satisfied and the case goes back to its owner */
                        satisfied: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The owner logs the contact with the customer and the remedy proposed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        remedy?: "replacement" | "reshipment" | "refund" | "repair" | "explanation";
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's history, oldest first: claims, contacts with the remedy proposed, transfers, closing */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: string | null;
                                actorLabel: string;
                                after: unknown;
                                at: string;
                                before: unknown;
                                seq: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/replacement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The owner orders a replacement or reshipment: a zero-priced order of lines of the case's order
         * @description The order is taken in like any other (numbering, audit, reservation, priority) at price 0, linked to the original order and the case (`replacementOf`, `replacements`). The original order does not complete until the replacement has shipped. 422 replacement_without_lines for a case without an order.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            /** Format: uuid */
                            lineId: string;
                            quantity: number;
                        }[];
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD
                         */
                        requestedDeliveryDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authorise a return (RMA) of delivered goods
         * @description 422 return_exceeds_delivered names the line that would return more than was delivered and not yet returned.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            /** Format: uuid */
                            lineId: string;
                            quantity: number;
                        }[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorisedAt: string;
                            caseId: string;
                            currency: string;
                            id: string;
                            lines: {
                                disposition: ("restock" | "scrap") | null;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineId: string;
                                lineNo: number;
                                productId: string;
                                quantity: number;
                                sku: string;
                            }[];
                            orderId: string;
                            reason: string;
                            receivedAt: string | null;
                            refundedAt: string | null;
                            refundMinor: number | null;
                            /** @enum {string} */
                            status: "authorised" | "received" | "refunded";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The owner hands the case to a colleague
         * @description 403 case_not_owner: only the owner may hand the case on.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** Format: uuid */
                        toUserId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfer-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the owner to hand the case over to you */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfer-request/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The owner accepts the request: the one who asked owns the case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string | null;
                            confirmation: {
                                at: string;
                                /** @enum {string} */
                                channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                /** @description The customer's person who confirmed */
                                confirmedBy: string;
                                recordedBy: string | null;
                            } | null;
                            contactDueAt: string;
                            contactedAt: string | null;
                            currency: string | null;
                            customerId: string;
                            customerName: string;
                            id: string;
                            openedAt: string;
                            openedBy: string | null;
                            openedByLabel: string;
                            orderId: string | null;
                            orderNumber: string | null;
                            owner: {
                                id: string;
                                label: string;
                            } | null;
                            refundedMinor: number;
                            replacements: {
                                number: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                            resolution: string | null;
                            returns: {
                                authorisedAt: string;
                                caseId: string;
                                currency: string;
                                id: string;
                                lines: {
                                    disposition: ("restock" | "scrap") | null;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineId: string;
                                    lineNo: number;
                                    productId: string;
                                    quantity: number;
                                    sku: string;
                                }[];
                                orderId: string;
                                reason: string;
                                receivedAt: string | null;
                                refundedAt: string | null;
                                refundMinor: number | null;
                                /** @enum {string} */
                                status: "authorised" | "received" | "refunded";
                            }[];
                            /** @enum {string} */
                            source: "staff" | "acceptance" | "survey" | "portal";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                            /** @description What the case is about: as typed, or in English for a case Ordo opened */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            transferRequest: {
                                by: string;
                                label: string;
                                note: string | null;
                            } | null;
                            /** @enum {string} */
                            type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many cases the list holds under the same filters (the table's total) */
        get: {
            parameters: {
                query?: {
                    customerId?: string;
                    orderId?: string;
                    /** @description Only cases whose customer contact is past its deadline and not yet made */
                    overdue?: boolean;
                    ownerId?: string;
                    status?: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                    type?: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case list as a file: every case the filters select, in the list's sort, as XLSX or CSV
         * @description Takes the list's filters and sort, the columns to write (in order) and the language of headers and cells. The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query: {
                    /** @description Comma-separated columns in the order wanted (the view's visible columns); all when left out: opened, type, status, customer, order, summary, owner, contactDue, contacted, refunded, currency */
                    columns?: string;
                    customerId?: string;
                    format: "xlsx" | "csv";
                    /** @description The language of headers and cells; by default the reader's chosen language, else the browser's (Accept-Language) */
                    lang?: "zh-CN" | "en";
                    /** @description asc or desc (default asc) */
                    order?: "asc" | "desc";
                    orderId?: string;
                    /** @description Only cases whose customer contact is past its deadline and not yet made */
                    overdue?: boolean;
                    ownerId?: string;
                    /** @description The column to sort by (default opened) */
                    sort?: "opened" | "contactDue" | "type" | "status";
                    status?: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                    type?: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers with filters: by name, or sorted by tier, creation time or credit limit */
        get: {
            parameters: {
                query?: {
                    /** @description true: active customers only (pickers); false: deactivated ones only; left out: all */
                    active?: boolean;
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                    /** @description asc or desc (default asc) */
                    order?: "asc" | "desc";
                    /** @description Part of the name or notes, or of a contact's name, phone or email */
                    q?: string;
                    /** @description The column to sort by (default name) */
                    sort?: "name" | "tier" | "created" | "creditLimit";
                    tag?: string;
                    tier?: "vip" | "normal" | "new";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                addresses: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                }[];
                                contacts: {
                                    /** Format: email */
                                    email?: string;
                                    name: string;
                                    phone?: string;
                                    primary?: boolean;
                                    title?: string;
                                }[];
                                createdAt: string;
                                creditLimitMinor: number;
                                currency: string;
                                id: string;
                                marketingOptOutAt: string | null;
                                name: string;
                                notes: string | null;
                                ownerUserId: string | null;
                                paymentTerms: {
                                    /** @enum {string} */
                                    kind: "prepaid" | "cash_on_delivery" | "net";
                                    netDays?: number;
                                };
                                sourceChannel: string | null;
                                tags: string[];
                                /** @enum {string} */
                                tier: "vip" | "normal" | "new";
                                /** @description false: the tier is derived (new until the first completed order, then normal) */
                                tierPinned: boolean;
                                timeZone: string | null;
                                /** @enum {string} */
                                type: "company" | "person";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a customer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addresses?: {
                            city?: string;
                            country?: string;
                            district?: string;
                            isDefault?: boolean;
                            label?: string;
                            line1: string;
                            phone?: string;
                            postalCode?: string;
                            recipient?: string;
                            region?: string;
                        }[];
                        contacts?: {
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                            primary?: boolean;
                            title?: string;
                        }[];
                        creditLimitMinor?: number;
                        /** @description ISO 4217 code, e.g. CNY */
                        currency?: string;
                        name: string;
                        notes?: string | null;
                        ownerUserId?: string | null;
                        paymentTerms?: {
                            /** @enum {string} */
                            kind: "prepaid" | "cash_on_delivery" | "net";
                            netDays?: number;
                        };
                        sourceChannel?: string | null;
                        tags?: string[];
                        /**
                         * @description Sending a tier pins it (unless tierPinned is false); left out: derived, new until the first completed order, then normal
                         * @enum {string}
                         */
                        tier?: "vip" | "normal" | "new";
                        /** @description true: the tier stays as set; false: derived from completed orders (send no tier with false) */
                        tierPinned?: boolean;
                        timeZone?: string | null;
                        /** @enum {string} */
                        type: "company" | "person";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            addresses: {
                                city?: string;
                                country?: string;
                                district?: string;
                                isDefault?: boolean;
                                label?: string;
                                line1: string;
                                phone?: string;
                                postalCode?: string;
                                recipient?: string;
                                region?: string;
                            }[];
                            contacts: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            }[];
                            createdAt: string;
                            creditLimitMinor: number;
                            currency: string;
                            id: string;
                            marketingOptOutAt: string | null;
                            name: string;
                            notes: string | null;
                            ownerUserId: string | null;
                            paymentTerms: {
                                /** @enum {string} */
                                kind: "prepaid" | "cash_on_delivery" | "net";
                                netDays?: number;
                            };
                            sourceChannel: string | null;
                            tags: string[];
                            /** @enum {string} */
                            tier: "vip" | "normal" | "new";
                            /** @description false: the tier is derived (new until the first completed order, then normal) */
                            tierPinned: boolean;
                            timeZone: string | null;
                            /** @enum {string} */
                            type: "company" | "person";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            addresses: {
                                city?: string;
                                country?: string;
                                district?: string;
                                isDefault?: boolean;
                                label?: string;
                                line1: string;
                                phone?: string;
                                postalCode?: string;
                                recipient?: string;
                                region?: string;
                            }[];
                            contacts: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            }[];
                            createdAt: string;
                            creditLimitMinor: number;
                            currency: string;
                            id: string;
                            marketingOptOutAt: string | null;
                            name: string;
                            notes: string | null;
                            ownerUserId: string | null;
                            paymentTerms: {
                                /** @enum {string} */
                                kind: "prepaid" | "cash_on_delivery" | "net";
                                netDays?: number;
                            };
                            sourceChannel: string | null;
                            tags: string[];
                            /** @enum {string} */
                            tier: "vip" | "normal" | "new";
                            /** @description false: the tier is derived (new until the first completed order, then normal) */
                            tierPinned: boolean;
                            timeZone: string | null;
                            /** @enum {string} */
                            type: "company" | "person";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer; send If-Match with the version you edited */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description false deactivates the customer: no new orders, left out of pickers */
                        active?: boolean;
                        addresses?: {
                            city?: string;
                            country?: string;
                            district?: string;
                            isDefault?: boolean;
                            label?: string;
                            line1: string;
                            phone?: string;
                            postalCode?: string;
                            recipient?: string;
                            region?: string;
                        }[];
                        contacts?: {
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                            primary?: boolean;
                            title?: string;
                        }[];
                        creditLimitMinor?: number;
                        /** @description ISO 4217 code, e.g. CNY */
                        currency?: string;
                        name?: string;
                        notes?: string | null;
                        ownerUserId?: string | null;
                        paymentTerms?: {
                            /** @enum {string} */
                            kind: "prepaid" | "cash_on_delivery" | "net";
                            netDays?: number;
                        };
                        sourceChannel?: string | null;
                        tags?: string[];
                        /**
                         * @description Sending a tier pins it (unless tierPinned is false); left out: derived, new until the first completed order, then normal
                         * @enum {string}
                         */
                        tier?: "vip" | "normal" | "new";
                        /** @description true: the tier stays as set; false: derived from completed orders (send no tier with false) */
                        tierPinned?: boolean;
                        timeZone?: string | null;
                        /** @enum {string} */
                        type?: "company" | "person";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            addresses: {
                                city?: string;
                                country?: string;
                                district?: string;
                                isDefault?: boolean;
                                label?: string;
                                line1: string;
                                phone?: string;
                                postalCode?: string;
                                recipient?: string;
                                region?: string;
                            }[];
                            contacts: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            }[];
                            createdAt: string;
                            creditLimitMinor: number;
                            currency: string;
                            id: string;
                            marketingOptOutAt: string | null;
                            name: string;
                            notes: string | null;
                            ownerUserId: string | null;
                            paymentTerms: {
                                /** @enum {string} */
                                kind: "prepaid" | "cash_on_delivery" | "net";
                                netDays?: number;
                            };
                            sourceChannel: string | null;
                            tags: string[];
                            /** @enum {string} */
                            tier: "vip" | "normal" | "new";
                            /** @description false: the tier is derived (new until the first completed order, then normal) */
                            tierPinned: boolean;
                            timeZone: string | null;
                            /** @enum {string} */
                            type: "company" | "person";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/customers/{id}/marketing-opt-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set or clear the customer's opt-out of marketing: campaigns skip a customer who opted out; order notices still go
         * @description Saying what is already so changes nothing. The customer can also opt out by the unsubscribe link every campaign mail and SMS carries.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true: no more campaigns to this customer; false: they take campaigns again */
                        optedOut: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            addresses: {
                                city?: string;
                                country?: string;
                                district?: string;
                                isDefault?: boolean;
                                label?: string;
                                line1: string;
                                phone?: string;
                                postalCode?: string;
                                recipient?: string;
                                region?: string;
                            }[];
                            contacts: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            }[];
                            createdAt: string;
                            creditLimitMinor: number;
                            currency: string;
                            id: string;
                            marketingOptOutAt: string | null;
                            name: string;
                            notes: string | null;
                            ownerUserId: string | null;
                            paymentTerms: {
                                /** @enum {string} */
                                kind: "prepaid" | "cash_on_delivery" | "net";
                                netDays?: number;
                            };
                            sourceChannel: string | null;
                            tags: string[];
                            /** @enum {string} */
                            tier: "vip" | "normal" | "new";
                            /** @description false: the tier is derived (new until the first completed order, then normal) */
                            tierPinned: boolean;
                            timeZone: string | null;
                            /** @enum {string} */
                            type: "company" | "person";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/portal-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's portal users: who may sign in, whether they have, and when they were invited */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                email: string;
                                id: string;
                                invitedAt: string;
                                lastSignInAt: string | null;
                                locale: string;
                                name: string;
                                passwordSet: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Give one of the customer's people access to the customer portal
         * @description Creates a user with the role customer, bound to this customer, and mails them an invitation with a one-time sign-in link (valid 7 days). Without a mail server (ORDO_SMTP_URL unset) nothing can be mailed: the link is answered once in handedOverLink for you to pass on, and the audit trail records that you received it. Your own mailbox (also with a +tag): 409 portal_invite_own_email.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "en";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            handedOverLink: {
                                expiresAt: string;
                                url: string;
                            } | null;
                            id: string;
                            locale: string;
                            name: string;
                            roles: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/portal-users/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a portal user off the portal
         * @description They can no longer sign in or follow their links, their open sessions and live streams end now, and their API tokens are revoked for good. A user of another customer: 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            email: string;
                            id: string;
                            invitedAt: string;
                            lastSignInAt: string | null;
                            locale: string;
                            name: string;
                            passwordSet: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/portal-users/{userId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a portal user a new invitation link
         * @description The new link works 7 days; earlier unused invitation links stop working. Without a mail server the link is answered once in handedOverLink, as for a new invitation. A deactivated user: 409 portal_user_inactive. A user of another customer: 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                            handedOverLink: {
                                expiresAt: string;
                                url: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the customer owes: orders not cancelled and not fully paid, completed ones included
         * @description Each with its due date by the customer’s payment terms and the days it is overdue.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            items: {
                                /** @enum {string} */
                                bucket: "current" | "days_1_30" | "days_31_60" | "days_61_90" | "days_over_90";
                                currency: string;
                                customerId: string;
                                customerName: string;
                                /** @description Days past the due date; 0 when not yet due */
                                daysOverdue: number;
                                /** @description When the payment terms make it due */
                                dueDate: string;
                                number: string;
                                /** @description The day the order was received (company time zone) */
                                orderDate: string;
                                orderId: string;
                                outstandingMinor: number;
                                paidMinor: number;
                                /** @enum {string} */
                                paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                totalMinor: number;
                            }[];
                            /** @description What the customer owes, per currency */
                            outstanding: {
                                amountMinor: number;
                                currency: string;
                            }[];
                            /** @description The part of it past due, per currency */
                            overdue: {
                                amountMinor: number;
                                currency: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's timeline, newest first: orders received and delivered, contacts, after-sales cases, survey answers, follow-ups done */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                caseId: string | null;
                                /** @description The row it is kept in: the order, contact, case, feedback or task */
                                id: string;
                                /** @enum {string} */
                                kind: "order_received" | "order_delivered" | "order_contact" | "case_opened" | "case_closed" | "feedback" | "follow_up_done";
                                message: {
                                    code: string;
                                    /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                    params: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                                orderId: string | null;
                                orderNumber: string | null;
                                /** @description order_received: channel, totalMinor, currency, status; order_contact: channel, summary, outcome; case_opened: type, source, summary; case_closed: type, resolution; feedback: channel, the four scores, comments; follow_up_done: taskKind, note */
                                params: {
                                    [key: string]: (string | number) | null;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many customers the list holds under the same filters (the table's total) */
        get: {
            parameters: {
                query?: {
                    /** @description true: active customers only (pickers); false: deactivated ones only; left out: all */
                    active?: boolean;
                    /** @description Part of the name or notes, or of a contact's name, phone or email */
                    q?: string;
                    tag?: string;
                    tier?: "vip" | "normal" | "new";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The customer list as a file: every customer the filters select, in the list's sort, as XLSX or CSV
         * @description Takes the list's filters and sort, the columns to write (in order) and the language of headers and cells. The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query: {
                    /** @description true: active customers only (pickers); false: deactivated ones only; left out: all */
                    active?: boolean;
                    /** @description Comma-separated columns in the order wanted (the view's visible columns); all when left out: name, type, tier, contact, phone, creditLimit, currency, terms, active, created */
                    columns?: string;
                    format: "xlsx" | "csv";
                    /** @description The language of headers and cells; by default the reader's chosen language, else the browser's (Accept-Language) */
                    lang?: "zh-CN" | "en";
                    /** @description asc or desc (default asc) */
                    order?: "asc" | "desc";
                    /** @description Part of the name or notes, or of a contact's name, phone or email */
                    q?: string;
                    /** @description The column to sort by (default name) */
                    sort?: "name" | "tier" | "created" | "creditLimit";
                    tag?: string;
                    tier?: "vip" | "normal" | "new";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live events as Server-Sent Events: order changes (for those who may read orders) and events addressed to me
         * @description The stream ends when the session or token it was opened with does: sign-out, revocation, expiry, a password reset or deactivation.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satisfaction answers from the survey link, the portal and the phone, newest first */
        get: {
            parameters: {
                query?: {
                    channel?: "link" | "portal" | "phone";
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    customerId?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                    /** @description Only answers with a score of 2 or less on some question */
                    lowScores?: boolean;
                    orderId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                acceptanceResult: string | null;
                                /** @enum {string} */
                                channel: "link" | "portal" | "phone";
                                comments: string | null;
                                customerId: string;
                                customerName: string;
                                deliveryTimeliness: number;
                                id: string;
                                orderId: string;
                                orderNumber: string;
                                /** @description The mean of the four scores, to one decimal */
                                overall: number;
                                productQuality: number;
                                recordedAt: string;
                                recordedBy: string | null;
                                /** @description Who recorded it: the customer's person (portal), the staff member who took the call (phone), or the survey link */
                                recordedByLabel: string;
                                responseSpeed: number;
                                serviceAttitude: number;
                                suggestions: string | null;
                                surveyId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record the satisfaction answer a customer gave by phone
         * @description For a delivered order (409 order_not_delivered before); recorded as taken by the signed-in staff member. It answers the order's survey: a second answer by any channel is 409 survey_answered. A score of 2 or less opens a complaint case.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comments?: string;
                        deliveryTimeliness: number;
                        /** Format: uuid */
                        orderId: string;
                        productQuality: number;
                        responseSpeed: number;
                        serviceAttitude: number;
                        suggestions?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptanceResult: string | null;
                            /** @enum {string} */
                            channel: "link" | "portal" | "phone";
                            comments: string | null;
                            customerId: string;
                            customerName: string;
                            deliveryTimeliness: number;
                            id: string;
                            orderId: string;
                            orderNumber: string;
                            /** @description The mean of the four scores, to one decimal */
                            overall: number;
                            productQuality: number;
                            recordedAt: string;
                            recordedBy: string | null;
                            /** @description Who recorded it: the customer's person (portal), the staff member who took the call (phone), or the survey link */
                            recordedByLabel: string;
                            responseSpeed: number;
                            serviceAttitude: number;
                            suggestions: string | null;
                            surveyId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The feedback list as a file: every answer the filters select, newest first, as XLSX or CSV
         * @description Takes the list's filters, the columns to write (in order) and the language of headers and cells. The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query: {
                    channel?: "link" | "portal" | "phone";
                    /** @description Comma-separated columns in the order wanted (the view's visible columns); all when left out: recorded, order, customer, responseSpeed, productQuality, deliveryTimeliness, serviceAttitude, overall, channel, recordedBy, comments, suggestions */
                    columns?: string;
                    customerId?: string;
                    format: "xlsx" | "csv";
                    /** @description The language of headers and cells; by default the reader's chosen language, else the browser's (Accept-Language) */
                    lang?: "zh-CN" | "en";
                    /** @description Only answers with a score of 2 or less on some question */
                    lowScores?: boolean;
                    orderId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest imports, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                cancelRequested: boolean;
                                counts: {
                                    created: number;
                                    failed: number;
                                    /** @description Data rows read so far */
                                    rows: number;
                                    /** @description Already there (imported before): nothing new */
                                    unchanged: number;
                                    updated: number;
                                };
                                createdAt: string;
                                createdBy: string | null;
                                createdByLabel: string;
                                dryRun: boolean;
                                encoding: string | null;
                                /** @description The row errors so far (the first 500; the outcome file lists every row) */
                                errors: {
                                    /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                    code: string;
                                    column: string | null;
                                    /** @description The same in English; the console renders the code with params */
                                    message: string;
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    /** @description The row number in the file; 1 is the header row */
                                    row: number;
                                }[];
                                failure: {
                                    /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                    code: string;
                                    column: string | null;
                                    /** @description The same in English; the console renders the code with params */
                                    message: string;
                                    params: {
                                        [key: string]: string | number;
                                    };
                                    /** @description The row number in the file; 1 is the header row */
                                    row: number;
                                } | null;
                                fileName: string;
                                finishedAt: string | null;
                                /** @enum {string} */
                                format: "xlsx" | "csv";
                                id: string;
                                /** @enum {string} */
                                kind: "customers" | "products" | "stock" | "orders";
                                mapping: {
                                    field: string | null;
                                    /** @description The file's header */
                                    header: string;
                                }[];
                                /** @enum {string} */
                                state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Import customers, products, stock receipts or orders from a file
         * @description multipart/form-data with the fields `kind` (customers | products | stock | orders) and `dryRun` (true | false, default false) and one `file` (.xlsx, or .csv in UTF-8 with or without BOM or GB18030). Answers 202 with the queued import; `GET /api/v1/imports/{id}` shows its progress. A dry run checks every row and writes nothing. A file that is not XLSX or CSV is refused (415 unsupported_file_type).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelRequested: boolean;
                            counts: {
                                created: number;
                                failed: number;
                                /** @description Data rows read so far */
                                rows: number;
                                /** @description Already there (imported before): nothing new */
                                unchanged: number;
                                updated: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            createdByLabel: string;
                            dryRun: boolean;
                            encoding: string | null;
                            /** @description The row errors so far (the first 500; the outcome file lists every row) */
                            errors: {
                                /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                code: string;
                                column: string | null;
                                /** @description The same in English; the console renders the code with params */
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                /** @description The row number in the file; 1 is the header row */
                                row: number;
                            }[];
                            failure: {
                                /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                code: string;
                                column: string | null;
                                /** @description The same in English; the console renders the code with params */
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                /** @description The row number in the file; 1 is the header row */
                                row: number;
                            } | null;
                            fileName: string;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "xlsx" | "csv";
                            id: string;
                            /** @enum {string} */
                            kind: "customers" | "products" | "stock" | "orders";
                            mapping: {
                                field: string | null;
                                /** @description The file's header */
                                header: string;
                            }[];
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import's state, counts, header mapping and row errors so far */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelRequested: boolean;
                            counts: {
                                created: number;
                                failed: number;
                                /** @description Data rows read so far */
                                rows: number;
                                /** @description Already there (imported before): nothing new */
                                unchanged: number;
                                updated: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            createdByLabel: string;
                            dryRun: boolean;
                            encoding: string | null;
                            /** @description The row errors so far (the first 500; the outcome file lists every row) */
                            errors: {
                                /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                code: string;
                                column: string | null;
                                /** @description The same in English; the console renders the code with params */
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                /** @description The row number in the file; 1 is the header row */
                                row: number;
                            }[];
                            failure: {
                                /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                code: string;
                                column: string | null;
                                /** @description The same in English; the console renders the code with params */
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                /** @description The row number in the file; 1 is the header row */
                                row: number;
                            } | null;
                            fileName: string;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "xlsx" | "csv";
                            id: string;
                            /** @enum {string} */
                            kind: "customers" | "products" | "stock" | "orders";
                            mapping: {
                                field: string | null;
                                /** @description The file's header */
                                header: string;
                            }[];
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop an import after the row in hand (rows taken in stay) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelRequested: boolean;
                            counts: {
                                created: number;
                                failed: number;
                                /** @description Data rows read so far */
                                rows: number;
                                /** @description Already there (imported before): nothing new */
                                unchanged: number;
                                updated: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            createdByLabel: string;
                            dryRun: boolean;
                            encoding: string | null;
                            /** @description The row errors so far (the first 500; the outcome file lists every row) */
                            errors: {
                                /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                code: string;
                                column: string | null;
                                /** @description The same in English; the console renders the code with params */
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                /** @description The row number in the file; 1 is the header row */
                                row: number;
                            }[];
                            failure: {
                                /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                code: string;
                                column: string | null;
                                /** @description The same in English; the console renders the code with params */
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                /** @description The row number in the file; 1 is the header row */
                                row: number;
                            } | null;
                            fileName: string;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "xlsx" | "csv";
                            id: string;
                            /** @enum {string} */
                            kind: "customers" | "products" | "stock" | "orders";
                            mapping: {
                                field: string | null;
                                /** @description The file's header */
                                header: string;
                            }[];
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outcome file: each row's outcome and errors (CSV) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the file a dry run checked, for real (a new import) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelRequested: boolean;
                            counts: {
                                created: number;
                                failed: number;
                                /** @description Data rows read so far */
                                rows: number;
                                /** @description Already there (imported before): nothing new */
                                unchanged: number;
                                updated: number;
                            };
                            createdAt: string;
                            createdBy: string | null;
                            createdByLabel: string;
                            dryRun: boolean;
                            encoding: string | null;
                            /** @description The row errors so far (the first 500; the outcome file lists every row) */
                            errors: {
                                /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                code: string;
                                column: string | null;
                                /** @description The same in English; the console renders the code with params */
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                /** @description The row number in the file; 1 is the header row */
                                row: number;
                            }[];
                            failure: {
                                /** @description A stable code, e.g. required, invalid_number, invalid_date, unknown_product, duplicate_row */
                                code: string;
                                column: string | null;
                                /** @description The same in English; the console renders the code with params */
                                message: string;
                                params: {
                                    [key: string]: string | number;
                                };
                                /** @description The row number in the file; 1 is the header row */
                                row: number;
                            } | null;
                            fileName: string;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "xlsx" | "csv";
                            id: string;
                            /** @enum {string} */
                            kind: "customers" | "products" | "stock" | "orders";
                            mapping: {
                                field: string | null;
                                /** @description The file's header */
                                header: string;
                            }[];
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An empty file of the kind with its headers */
        get: {
            parameters: {
                query?: {
                    /** @description xlsx (default) or csv (UTF-8 with BOM) */
                    format?: "xlsx" | "csv";
                    /** @description The headers' language (default zh-CN); an import reads either */
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    kind: "customers" | "products" | "stock" | "orders";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/templates/{kind}/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A kind's columns with their headers in both languages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "customers" | "products" | "stock" | "orders";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                field: string;
                                headers: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                required: boolean;
                            }[];
                            /** @enum {string} */
                            kind: "customers" | "products" | "stock" | "orders";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs, newest first; status=dead is the dead-letter list */
        get: {
            parameters: {
                query: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    kind?: string;
                    /** @description Page size (1–200) */
                    limit: number;
                    status?: "queued" | "running" | "done" | "dead";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                dedupKey: string | null;
                                finishedAt: string | null;
                                id: string;
                                kind: string;
                                lastError: string | null;
                                maxAttempts: number;
                                payload: unknown;
                                /** Format: date-time */
                                runAt: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "dead";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            dedupKey: string | null;
                            finishedAt: string | null;
                            id: string;
                            kind: string;
                            lastError: string | null;
                            maxAttempts: number;
                            payload: unknown;
                            /** Format: date-time */
                            runAt: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "dead";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a dead job a fresh set of attempts, due now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            dedupKey: string | null;
                            finishedAt: string | null;
                            id: string;
                            kind: string;
                            lastError: string | null;
                            maxAttempts: number;
                            payload: unknown;
                            /** Format: date-time */
                            runAt: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "dead";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/preferences/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my display preferences (a table's columns and density …); null when never set */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description What the preference is for, e.g. table.orders */
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            /** @description Any JSON the console keeps (null when never set) */
                            value: unknown;
                        };
                    };
                };
            };
        };
        /**
         * Keep one of my display preferences
         * @description The value is a JSON object of at most 8192 bytes (413 payload_too_large beyond); each user has their own.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description What the preference is for, e.g. table.orders */
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A JSON object: the layout or setting kept */
                        value: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            /** @description Any JSON the console keeps (null when never set) */
                            value: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The after-sales cases waiting on me: open ones I own and the ones nobody has claimed; overdue contacts first */
        get: {
            parameters: {
                query?: {
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                closedAt: string | null;
                                confirmation: {
                                    at: string;
                                    /** @enum {string} */
                                    channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                    /** @description The customer's person who confirmed */
                                    confirmedBy: string;
                                    recordedBy: string | null;
                                } | null;
                                contactDueAt: string;
                                contactedAt: string | null;
                                currency: string | null;
                                customerId: string;
                                customerName: string;
                                id: string;
                                openedAt: string;
                                openedBy: string | null;
                                openedByLabel: string;
                                orderId: string | null;
                                orderNumber: string | null;
                                owner: {
                                    id: string;
                                    label: string;
                                } | null;
                                refundedMinor: number;
                                replacements: {
                                    number: string;
                                    orderId: string;
                                    /** @enum {string} */
                                    status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                }[];
                                reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                                resolution: string | null;
                                returns: {
                                    authorisedAt: string;
                                    caseId: string;
                                    currency: string;
                                    id: string;
                                    lines: {
                                        disposition: ("restock" | "scrap") | null;
                                        /** @enum {string} */
                                        kind: "stock" | "made_to_order" | "service";
                                        lineId: string;
                                        lineNo: number;
                                        productId: string;
                                        quantity: number;
                                        sku: string;
                                    }[];
                                    orderId: string;
                                    reason: string;
                                    receivedAt: string | null;
                                    refundedAt: string | null;
                                    refundMinor: number | null;
                                    /** @enum {string} */
                                    status: "authorised" | "received" | "refunded";
                                }[];
                                /** @enum {string} */
                                source: "staff" | "acceptance" | "survey" | "portal";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                transferRequest: {
                                    by: string;
                                    label: string;
                                    note: string | null;
                                } | null;
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open plan stages: given to me, or to one of my roles and to nobody by name; most late first, with what each takes now */
        get: {
            parameters: {
                query?: {
                    /** @description today (default): started, or planned to start by today (due today and overdue included); all: every open stage */
                    due?: "today" | "all";
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description What the stage takes now: start, progress (a started one), complete, report_delay */
                                actions: ("start" | "progress" | "complete" | "report_delay")[];
                                customer: {
                                    id: string;
                                    name: string;
                                };
                                greenChannel: boolean;
                                /**
                                 * @description late: past its planned end; at_risk: ends today, should have started, or waits for the customer; on_track otherwise
                                 * @enum {string}
                                 */
                                health: "on_track" | "at_risk" | "late";
                                orderId: string;
                                orderNumber: string;
                                stage: {
                                    /** @description What the stage takes now, read from the stage's state machine: start and finish once every earlier stage is done (start only before it started), delay while its state takes one */
                                    actions: ("start" | "finish" | "delay")[];
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    assigneeName: string | null;
                                    assigneeUserId: string | null;
                                    contingency: ("backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup") | null;
                                    days: number;
                                    delayReason: string | null;
                                    delivery: boolean;
                                    id: string;
                                    key: string;
                                    measure: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    note: string | null;
                                    ownerRole: string;
                                    plannedEnd: string;
                                    plannedStart: string;
                                    position: number;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                    units: number;
                                    updatedAt: string;
                                };
                                waitingFor: {
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open tasks and follow-ups due by the end of today (overdue ones included), soonest due first: mine, or my roles' that nobody holds */
        get: {
            parameters: {
                query?: {
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assigneeId: string | null;
                                assigneeName: string | null;
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                doneAt: string | null;
                                doneBy: string | null;
                                doneNote: string | null;
                                dueAt: string;
                                escalatedAt: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "order_exception" | "pre_delivery_check" | "aftersales_contact" | "aftersales_follow_up" | "call" | "visit" | "message" | "return_visit";
                                orderId: string | null;
                                role: string;
                                /** @enum {string} */
                                status: "open" | "done";
                                /** @description What to do, in English */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                warnedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My in-app notifications, newest first, with the unread count */
        get: {
            parameters: {
                query: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Created at or after this instant */
                    from?: string;
                    /** @description Page size (1–200) */
                    limit: number;
                    /** @description Created before this instant */
                    to?: string;
                    /** @description Only these event topics (repeat the parameter for several) */
                    topic?: string[];
                    /** @description true: only unread; false: only read; absent: both */
                    unread?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description The deadline it is about as a message code (notice.clock_due, notice.task_missed …) with its clock, task kind or review step and dueAt; null for other events */
                                deadline: {
                                    code: string;
                                    /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                    params: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                                id: string;
                                readAt: string | null;
                                title: string;
                                topic: string;
                            }[];
                            nextCursor: string | null;
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description The deadline it is about as a message code (notice.clock_due, notice.task_missed …) with its clock, task kind or review step and dueAt; null for other events */
                            deadline: {
                                code: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            id: string;
                            readAt: string | null;
                            title: string;
                            topic: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which outgoing channels are configured: without a mail server nothing is e-mailed (invitations, sign-in links, surveys, digests) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A mail server is configured (ORDO_SMTP_URL) */
                            email: boolean;
                            /** @description An SMS provider is configured (ORDO_SMS_URL) */
                            sms: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every outgoing email, SMS and webhook call with its attempts, newest first
         * @description A one-time link (portal sign-in, survey) is shown as [链接已移除] or [link removed], in your language: it is minted as the message is sent and never stored.
         */
        get: {
            parameters: {
                query: {
                    channel?: "email" | "sms" | "webhook" | "team_chat";
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit: number;
                    status?: "queued" | "sent" | "dead";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: {
                                    at: string;
                                    /**
                                     * @description How a webhook or robot call ended: http_status (with status), connection_failed, timeout, target_refused, robot_error (a robot answered an errcode other than 0) or unexpected_answer (a robot answered without an errcode)
                                     * @enum {string}
                                     */
                                    code?: "http_status" | "connection_failed" | "timeout" | "target_refused" | "robot_error" | "unexpected_answer";
                                    detail: string;
                                    durationMs: number;
                                    /** @description A team chat robot's answer code: 0 took the message */
                                    errcode?: number;
                                    /** @description A team chat robot's answer message */
                                    errmsg?: string;
                                    ok: boolean;
                                    /** @description The webhook receiver's HTTP status */
                                    status?: number;
                                }[];
                                body: string;
                                /** @enum {string} */
                                channel: "email" | "sms" | "webhook" | "team_chat";
                                /** Format: date-time */
                                createdAt: string;
                                eventId: string;
                                id: string;
                                recipient: string;
                                robotId: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "sent" | "dead";
                                subject: string;
                                subscriptionId: string | null;
                                topic: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead delivery again (a message with a one-time link gets a new link) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: {
                                at: string;
                                /**
                                 * @description How a webhook or robot call ended: http_status (with status), connection_failed, timeout, target_refused, robot_error (a robot answered an errcode other than 0) or unexpected_answer (a robot answered without an errcode)
                                 * @enum {string}
                                 */
                                code?: "http_status" | "connection_failed" | "timeout" | "target_refused" | "robot_error" | "unexpected_answer";
                                detail: string;
                                durationMs: number;
                                /** @description A team chat robot's answer code: 0 took the message */
                                errcode?: number;
                                /** @description A team chat robot's answer message */
                                errmsg?: string;
                                ok: boolean;
                                /** @description The webhook receiver's HTTP status */
                                status?: number;
                            }[];
                            body: string;
                            /** @enum {string} */
                            channel: "email" | "sms" | "webhook" | "team_chat";
                            /** Format: date-time */
                            createdAt: string;
                            eventId: string;
                            id: string;
                            recipient: string;
                            robotId: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "sent" | "dead";
                            subject: string;
                            subscriptionId: string | null;
                            topic: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My channel preferences (in-app and email on, SMS off by default) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            preferences: {
                                /** @enum {string} */
                                channel: "in_app" | "email" | "sms";
                                enabled: boolean;
                                topic: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace my channel preferences: per channel, for one event topic or * for all */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        preferences: {
                            /** @enum {string} */
                            channel: "in_app" | "email" | "sms";
                            enabled: boolean;
                            topic: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            preferences: {
                                /** @enum {string} */
                                channel: "in_app" | "email" | "sms";
                                enabled: boolean;
                                topic: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/robots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Team chat robots (WeCom, DingTalk), their URL and secret masked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "wecom" | "dingtalk";
                                /**
                                 * @description The language of its messages
                                 * @enum {string}
                                 */
                                language: "zh-CN" | "en";
                                maskedSecret: string | null;
                                /** @description The URL with each query value masked to its last four characters */
                                maskedUrl: string;
                                mentionMobiles: string[];
                                name: string;
                                topics: string[];
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a group robot: the URL must carry ?key= (WeCom) or ?access_token= (DingTalk) and reach a public address, or one ORDO_WEBHOOK_ALLOW allows */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string} */
                        kind: "wecom" | "dingtalk";
                        /**
                         * @description The language of its messages
                         * @enum {string}
                         */
                        language: "zh-CN" | "en";
                        /** @description Mobile numbers @-mentioned in every message */
                        mentionMobiles?: string[];
                        name: string;
                        /** @description DingTalk's 加签 secret (SEC…): calls are then signed; WeCom robots take none */
                        secret?: string;
                        /** @description The events the group hears of (order.received, order.approved, order.planned, shipment.shipped, sla.escalated …), or * for all */
                        topics: string[];
                        /** @description The robot's webhook URL with its credential: ?key= (WeCom) or ?access_token= (DingTalk) */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "wecom" | "dingtalk";
                            /**
                             * @description The language of its messages
                             * @enum {string}
                             */
                            language: "zh-CN" | "en";
                            maskedSecret: string | null;
                            /** @description The URL with each query value masked to its last four characters */
                            maskedUrl: string;
                            mentionMobiles: string[];
                            name: string;
                            topics: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/robots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One robot */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "wecom" | "dingtalk";
                            /**
                             * @description The language of its messages
                             * @enum {string}
                             */
                            language: "zh-CN" | "en";
                            maskedSecret: string | null;
                            /** @description The URL with each query value masked to its last four characters */
                            maskedUrl: string;
                            mentionMobiles: string[];
                            name: string;
                            topics: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a robot (If-Match required); its delivery log stays */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a robot (If-Match required); a URL or secret left out is kept, secret: null stops signing */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /**
                         * @description The language of its messages
                         * @enum {string}
                         */
                        language?: "zh-CN" | "en";
                        /** @description Mobile numbers @-mentioned in every message */
                        mentionMobiles?: string[];
                        name?: string;
                        secret?: string | null;
                        /** @description The events the group hears of (order.received, order.approved, order.planned, shipment.shipped, sla.escalated …), or * for all */
                        topics?: string[];
                        /** @description The robot's webhook URL with its credential: ?key= (WeCom) or ?access_token= (DingTalk) */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "wecom" | "dingtalk";
                            /**
                             * @description The language of its messages
                             * @enum {string}
                             */
                            language: "zh-CN" | "en";
                            maskedSecret: string | null;
                            /** @description The URL with each query value masked to its last four characters */
                            maskedUrl: string;
                            mentionMobiles: string[];
                            name: string;
                            topics: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/notifications/robots/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A robot's delivery log, newest first: each message with its attempts, HTTP status and errcode */
        get: {
            parameters: {
                query: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit: number;
                    status?: "queued" | "sent" | "dead";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: {
                                    at: string;
                                    /**
                                     * @description How a webhook or robot call ended: http_status (with status), connection_failed, timeout, target_refused, robot_error (a robot answered an errcode other than 0) or unexpected_answer (a robot answered without an errcode)
                                     * @enum {string}
                                     */
                                    code?: "http_status" | "connection_failed" | "timeout" | "target_refused" | "robot_error" | "unexpected_answer";
                                    detail: string;
                                    durationMs: number;
                                    /** @description A team chat robot's answer code: 0 took the message */
                                    errcode?: number;
                                    /** @description A team chat robot's answer message */
                                    errmsg?: string;
                                    ok: boolean;
                                    /** @description The webhook receiver's HTTP status */
                                    status?: number;
                                }[];
                                body: string;
                                /** @enum {string} */
                                channel: "email" | "sms" | "webhook" | "team_chat";
                                /** Format: date-time */
                                createdAt: string;
                                eventId: string;
                                id: string;
                                recipient: string;
                                robotId: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "sent" | "dead";
                                subject: string;
                                subscriptionId: string | null;
                                topic: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/robots/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the robot a test message now and answer its reply (logged as a delivery) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "http_status" | "connection_failed" | "timeout" | "target_refused" | "robot_error" | "unexpected_answer";
                            delivery: {
                                attempts: {
                                    at: string;
                                    /**
                                     * @description How a webhook or robot call ended: http_status (with status), connection_failed, timeout, target_refused, robot_error (a robot answered an errcode other than 0) or unexpected_answer (a robot answered without an errcode)
                                     * @enum {string}
                                     */
                                    code?: "http_status" | "connection_failed" | "timeout" | "target_refused" | "robot_error" | "unexpected_answer";
                                    detail: string;
                                    durationMs: number;
                                    /** @description A team chat robot's answer code: 0 took the message */
                                    errcode?: number;
                                    /** @description A team chat robot's answer message */
                                    errmsg?: string;
                                    ok: boolean;
                                    /** @description The webhook receiver's HTTP status */
                                    status?: number;
                                }[];
                                body: string;
                                /** @enum {string} */
                                channel: "email" | "sms" | "webhook" | "team_chat";
                                /** Format: date-time */
                                createdAt: string;
                                eventId: string;
                                id: string;
                                recipient: string;
                                robotId: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "sent" | "dead";
                                subject: string;
                                subscriptionId: string | null;
                                topic: string;
                            };
                            detail: string;
                            errcode?: number;
                            errmsg?: string;
                            /** @description The robot took the message (HTTP 2xx and errcode 0) */
                            ok: boolean;
                            status?: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/template-placeholders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The {placeholders} a template may use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The built-in message templates per event and language (override them in settings/notification-templates) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unified order list with schedule health: newest first, or sorted by promise date, health or next deadline; filtered by health */
        get: {
            parameters: {
                query?: {
                    channel?: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    customerId?: string;
                    /** @description Comma-separated healths, e.g. late,at_risk */
                    health?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                    /** @description asc (default; for received: newest first) or desc */
                    order?: "asc" | "desc";
                    /** @description "me" (my orders), "none" (unassigned) or a user id */
                    owner?: string;
                    priority?: "high" | "medium" | "low";
                    /** @description Orders with a line of this product */
                    productId?: string;
                    /** @description Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone */
                    q?: string;
                    sort?: "received" | "promiseDate" | "health" | "nextDeadline" | "requestedDate" | "priority" | "amount";
                    status?: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                                currentStage: {
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    plannedEnd: string;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                } | null;
                                customer: {
                                    id: string;
                                    name: string;
                                };
                                deliveredAt: string | null;
                                deliveredLate: boolean | null;
                                exceptions: {
                                    code: string;
                                    message: string;
                                    /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                    params: {
                                        [key: string]: unknown;
                                    };
                                    path?: string;
                                }[];
                                externalRef: string | null;
                                /** @enum {string} */
                                health: "on_track" | "at_risk" | "late" | "done";
                                id: string;
                                lateSince: string | null;
                                nextDeadline: {
                                    dueAt: string;
                                    /** @enum {string} */
                                    kind: "response" | "plan";
                                    secondsLeft: number;
                                } | null;
                                number: string;
                                owner: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description Received so far less refunds, in the order currency (minor units) */
                                paidMinor: number;
                                /** @enum {string} */
                                paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                                planDueAt: string;
                                priority: {
                                    factors: {
                                        /** @enum {string} */
                                        dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                        explanation: string;
                                        /** @enum {string} */
                                        level: "high" | "medium" | "low";
                                        points: number;
                                        score: number;
                                        /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                        value: string | number | null;
                                        weight: number;
                                    }[];
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    override: {
                                        at: string;
                                        by: string;
                                        /** @enum {string} */
                                        level: "high" | "medium" | "low";
                                        reason: string;
                                    } | null;
                                    rules: {
                                        /** @enum {string} */
                                        code: "urgent_order";
                                        explanation: string;
                                        /** @enum {string} */
                                        level: "high" | "medium" | "low";
                                    }[];
                                    score: number;
                                    /**
                                     * @description The level the score alone gives, before rules and any override
                                     * @enum {string}
                                     */
                                    scoredLevel: "high" | "medium" | "low";
                                };
                                promisedAtDelivery: string | null;
                                promisedDeliveryDate: string | null;
                                receivedAt: string;
                                requestedDeliveryDate: string | null;
                                responseDueAt: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                totals: {
                                    currency: string;
                                    discountMinor: number;
                                    subtotalMinor: number;
                                    totalMinor: number;
                                };
                                /** @enum {string} */
                                type: "standard" | "custom" | "urgent";
                                updatedAt: string;
                                version: number;
                                warnings: {
                                    code: string;
                                    message: string;
                                    /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                    params: {
                                        [key: string]: unknown;
                                    };
                                    path?: string;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Take an order in from any channel
         * @description Prices the lines, reserves stock (short lines are backordered), runs the preliminary audit, scores the priority and sets the response and plan deadlines. With an Idempotency-Key, a retry with the same body returns the same order; with another body, 422. An order of the same customer whose channel + externalRef already exists is returned with 200 instead of being created twice; another customer's reference is theirs alone.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                        contact?: {
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                        };
                        /** Format: uuid */
                        customerId: string;
                        delivery?: {
                            address?: {
                                city?: string;
                                country?: string;
                                district?: string;
                                label?: string;
                                line1: string;
                                phone?: string;
                                postalCode?: string;
                                recipient?: string;
                                region?: string;
                            };
                            /** @enum {string} */
                            method: "ship" | "pickup";
                        };
                        /** @description The channel's own order reference */
                        externalRef?: string;
                        lines: {
                            discountMinor?: number;
                            /** Format: uuid */
                            productId: string;
                            quantity: number;
                            unitPriceMinor?: number;
                        }[];
                        /** @enum {string} */
                        paymentStatus: "unpaid" | "partial" | "paid";
                        requestedDeliveryDate?: string | null;
                        specialRequirements?: string | {
                            /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                            customization?: {
                                [key: string]: string;
                            };
                            packaging?: string;
                            text?: string;
                        } | null;
                        /** @enum {string} */
                        type?: "standard" | "custom" | "urgent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            id: string;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            id: string;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its lines and its next deadline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            deliveredAt: string | null;
                            deliveredLate: boolean | null;
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            /** @enum {string} */
                            health: "on_track" | "at_risk" | "late" | "done";
                            id: string;
                            lateSince: string | null;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            nextDeadline: {
                                dueAt: string;
                                /** @enum {string} */
                                kind: "response" | "plan";
                                secondsLeft: number;
                            } | null;
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedAtDelivery: string | null;
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's acceptance with its photos */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            id: string;
                            lines: {
                                acceptedQuantity: number;
                                comment: string | null;
                                deliveredQuantity: number;
                                lineId: string;
                                lineNo: number;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                                sku: string;
                            }[];
                            orderId: string;
                            photos: {
                                contentType: string;
                                fileName: string;
                                id: string;
                                sha256: string;
                                sizeBytes: number;
                                uploadedAt: string;
                            }[];
                            recordedAt: string;
                            recordedBy: string | null;
                            recordedByLabel: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "partial";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record the customer’s acceptance of a delivered order, every line once
         * @description pass, fail or partial (with the accepted quantity) per line, with comments. All pass: the order is accepted (completed once the survey has gone out). A fail or partial line opens an after-sales case due for contact within 2 h (caseId). 409 order_not_delivered; 409 already_accepted.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        lines: {
                            acceptedQuantity?: number;
                            comment?: string;
                            /** Format: uuid */
                            lineId: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "partial";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string | null;
                            comment: string | null;
                            id: string;
                            lines: {
                                acceptedQuantity: number;
                                comment: string | null;
                                deliveredQuantity: number;
                                lineId: string;
                                lineNo: number;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                                sku: string;
                            }[];
                            orderId: string;
                            photos: {
                                contentType: string;
                                fileName: string;
                                id: string;
                                sha256: string;
                                sizeBytes: number;
                                uploadedAt: string;
                            }[];
                            recordedAt: string;
                            recordedBy: string | null;
                            recordedByLabel: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "partial";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/acceptance/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach photos to the acceptance (multipart/form-data, one or more files)
         * @description Every file of the request is stored, or none: image/jpeg, image/png, image/webp, image/heic, application/pdf (told by the content, not the declared type; 415 unsupported_file_type), at most 10485760 bytes each (413 file_too_large), at most 10 per acceptance (413 too_many_files).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            photos: {
                                contentType: string;
                                fileName: string;
                                id: string;
                                sha256: string;
                                sizeBytes: number;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/acceptance/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One acceptance photo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    photoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's files, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string | null;
                                /** @description Told by the content, not the declared type */
                                contentType: string;
                                fileName: string;
                                id: string;
                                /** @enum {string} */
                                kind: "signed_confirmation" | "drawing" | "logo" | "photo" | "other";
                                orderId: string | null;
                                sha256: string;
                                sizeBytes: number;
                                /** @enum {string} */
                                source: "staff" | "portal";
                                uploadedAt: string;
                                uploadedBy: string | null;
                                uploadedByLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach files to the order (multipart/form-data, one or more files)
         * @description Every file of the request is stored, or none: application/pdf, image/png, image/jpeg, image/webp, image/heic (told by the content, not the declared type, and the name's extension must agree with it; 415 unsupported_file_type), at most 20971520 bytes each (413 file_too_large), 10 per request and 20 in all (413 too_many_files). The kind (query) applies to every file of the request.
         */
        post: {
            parameters: {
                query?: {
                    /** @description What the files are (default other); the same for every file of the request */
                    kind?: "signed_confirmation" | "drawing" | "logo" | "photo" | "other";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string | null;
                                /** @description Told by the content, not the declared type */
                                contentType: string;
                                fileName: string;
                                id: string;
                                /** @enum {string} */
                                kind: "signed_confirmation" | "drawing" | "logo" | "photo" | "other";
                                orderId: string | null;
                                sha256: string;
                                sizeBytes: number;
                                /** @enum {string} */
                                source: "staff" | "portal";
                                uploadedAt: string;
                                uploadedBy: string | null;
                                uploadedByLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One file of the order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a file of the order (audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order that has not shipped: reserved stock goes back, deadlines stop, it leaves the review inboxes; the customer is told */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            id: string;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change an order after intake: quantities, lines, delivery date and address, special requirements — with a reason
         * @description One transaction: stock is re-reserved or released (short lines are backordered), the priority, deadlines and promise date are worked out again and the preliminary audit reruns. A material change (the order-changes setting says which: amount, lines added or removed, customisation) or one the audit now finds problems with sends the order back through the audit and a new review round; a planned order whose lines changed is re-planned. The order keeps a revision and the customer is told. 428 without If-Match; 412 precondition_failed naming who changed the order last and when; 409 order_shipped; 422 empty_change, zero_quantity, last_line_removed, product_discontinued, unknown_reference.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addLines?: {
                            discountMinor?: number;
                            /** Format: uuid */
                            productId: string;
                            quantity: number;
                            unitPriceMinor?: number;
                        }[];
                        delivery?: {
                            address?: {
                                city?: string;
                                country?: string;
                                district?: string;
                                label?: string;
                                line1: string;
                                phone?: string;
                                postalCode?: string;
                                recipient?: string;
                                region?: string;
                            };
                            /** @enum {string} */
                            method: "ship" | "pickup";
                        };
                        /** @description New quantities of existing lines */
                        lines?: {
                            /** Format: uuid */
                            lineId: string;
                            /** @description The new quantity; 0 is refused (remove the line instead) */
                            quantity: number;
                        }[];
                        reason: string;
                        /** @description Ids of lines to remove; at least one line must stay */
                        removeLines?: string[];
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD
                         */
                        requestedDeliveryDate?: string;
                        specialRequirements?: string | {
                            /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                            customization?: {
                                [key: string]: string;
                            };
                            packaging?: string;
                            text?: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            id: string;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an accepted order (it completes by itself once the survey went out) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/confirm-entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a hand-entered order (maker–checker); must be someone other than who entered it */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            id: string;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/confirmation.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order confirmation (订单确认单) as a PDF, with prices and totals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A PDF in the reader's language */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's contact log, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                /** @enum {string} */
                                channel: "phone" | "online" | "email" | "in_person";
                                contactedBy: string | null;
                                contactedByLabel: string;
                                id: string;
                                orderId: string;
                                outcome: string | null;
                                summary: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Log a contact with the customer about the order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "phone" | "online" | "email" | "in_person";
                        outcome?: string;
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            /** @enum {string} */
                            channel: "phone" | "online" | "email" | "in_person";
                            contactedBy: string | null;
                            contactedByLabel: string;
                            id: string;
                            orderId: string;
                            outcome: string | null;
                            summary: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order's dossier: the archive record of the order with its audit events and a check of their hash chain
         * @description The order (header, lines, amounts), its revisions, review, plan and progress, shipments, acceptance, after-sales cases, survey and feedback, payments, and every event of the order, its plan and its cases with their hashes, plus the verification of the chain stretch they lie in. `format=pdf` prints it in the reader's language. Each export is recorded on the order as order.dossier_exported. 404 not_found for an unknown order.
         */
        get: {
            parameters: {
                query?: {
                    /** @description json (default) or pdf */
                    format?: "json" | "pdf";
                    /** @description The PDF's language; by default the reader's chosen language, else the browser's (Accept-Language) */
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dossier as JSON, or printed as a PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptance: {
                                comment: string | null;
                                id: string;
                                lines: {
                                    acceptedQuantity: number;
                                    comment: string | null;
                                    deliveredQuantity: number;
                                    lineId: string;
                                    lineNo: number;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "partial";
                                    sku: string;
                                }[];
                                orderId: string;
                                photos: {
                                    contentType: string;
                                    fileName: string;
                                    id: string;
                                    sha256: string;
                                    sizeBytes: number;
                                    uploadedAt: string;
                                }[];
                                recordedAt: string;
                                recordedBy: string | null;
                                recordedByLabel: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                            } | null;
                            cases: {
                                closedAt: string | null;
                                confirmation: {
                                    at: string;
                                    /** @enum {string} */
                                    channel: "portal" | "phone" | "visit" | "email" | "wechat" | "letter" | "other";
                                    /** @description The customer's person who confirmed */
                                    confirmedBy: string;
                                    recordedBy: string | null;
                                } | null;
                                contactDueAt: string;
                                contactedAt: string | null;
                                currency: string | null;
                                customerId: string;
                                customerName: string;
                                id: string;
                                openedAt: string;
                                openedBy: string | null;
                                openedByLabel: string;
                                orderId: string | null;
                                orderNumber: string | null;
                                owner: {
                                    id: string;
                                    label: string;
                                } | null;
                                refundedMinor: number;
                                replacements: {
                                    number: string;
                                    orderId: string;
                                    /** @enum {string} */
                                    status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                }[];
                                reportedVia: ("phone" | "visit" | "email" | "wechat" | "letter" | "other") | null;
                                resolution: string | null;
                                returns: {
                                    authorisedAt: string;
                                    caseId: string;
                                    currency: string;
                                    id: string;
                                    lines: {
                                        disposition: ("restock" | "scrap") | null;
                                        /** @enum {string} */
                                        kind: "stock" | "made_to_order" | "service";
                                        lineId: string;
                                        lineNo: number;
                                        productId: string;
                                        quantity: number;
                                        sku: string;
                                    }[];
                                    orderId: string;
                                    reason: string;
                                    receivedAt: string | null;
                                    refundedAt: string | null;
                                    refundMinor: number | null;
                                    /** @enum {string} */
                                    status: "authorised" | "received" | "refunded";
                                }[];
                                /** @enum {string} */
                                source: "staff" | "acceptance" | "survey" | "portal";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                transferRequest: {
                                    by: string;
                                    label: string;
                                    note: string | null;
                                } | null;
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                                version: number;
                            }[];
                            /** @description Oldest first: the events of the order, its plan and its cases */
                            events: {
                                action: string;
                                actorId: string | null;
                                actorLabel: string;
                                after: unknown;
                                at: string;
                                before: unknown;
                                /** @description The chain it is linked in: the id of the order’s customer */
                                chain: string;
                                entityId: string;
                                /** @description order, plan, or aftersales_case / case for its cases */
                                entityType: string;
                                hash: string;
                                prevHash: string;
                                seq: number;
                            }[];
                            feedback: {
                                acceptanceResult: string | null;
                                /** @enum {string} */
                                channel: "link" | "portal" | "phone";
                                comments: string | null;
                                customerId: string;
                                customerName: string;
                                deliveryTimeliness: number;
                                id: string;
                                orderId: string;
                                orderNumber: string;
                                /** @description The mean of the four scores, to one decimal */
                                overall: number;
                                productQuality: number;
                                recordedAt: string;
                                recordedBy: string | null;
                                /** @description Who recorded it: the customer's person (portal), the staff member who took the call (phone), or the survey link */
                                recordedByLabel: string;
                                responseSpeed: number;
                                serviceAttitude: number;
                                suggestions: string | null;
                                surveyId: string | null;
                            }[];
                            generatedAt: string;
                            order: {
                                /** @enum {string} */
                                channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                                contact: {
                                    /** Format: email */
                                    email?: string;
                                    name: string;
                                    phone?: string;
                                    primary?: boolean;
                                    title?: string;
                                } | null;
                                customer: {
                                    id: string;
                                    name: string;
                                };
                                delivery: {
                                    address: {
                                        city?: string;
                                        country?: string;
                                        district?: string;
                                        isDefault?: boolean;
                                        label?: string;
                                        line1: string;
                                        phone?: string;
                                        postalCode?: string;
                                        recipient?: string;
                                        region?: string;
                                    } | null;
                                    /** @enum {string} */
                                    method: "ship" | "pickup";
                                };
                                entry: {
                                    check: string;
                                    confirmedAt: string | null;
                                    confirmedBy: string | null;
                                    enteredBy: string | null;
                                };
                                exceptions: {
                                    code: string;
                                    message: string;
                                    /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                    params: {
                                        [key: string]: unknown;
                                    };
                                    path?: string;
                                }[];
                                externalRef: string | null;
                                id: string;
                                lines: {
                                    backorderedQuantity: number;
                                    discountMinor: number;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stock" | "made_to_order" | "service";
                                    lineNo: number;
                                    listPriceMinor: number;
                                    name: string;
                                    productId: string;
                                    quantity: number;
                                    reservedQuantity: number;
                                    shippedQuantity: number;
                                    sku: string;
                                    totalMinor: number;
                                    unit: string;
                                    unitPriceMinor: number;
                                }[];
                                number: string;
                                owner: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description Received so far less refunds, in the order currency (minor units) */
                                paidMinor: number;
                                /** @enum {string} */
                                paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                                planDueAt: string;
                                priority: {
                                    factors: {
                                        /** @enum {string} */
                                        dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                        explanation: string;
                                        /** @enum {string} */
                                        level: "high" | "medium" | "low";
                                        points: number;
                                        score: number;
                                        /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                        value: string | number | null;
                                        weight: number;
                                    }[];
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    override: {
                                        at: string;
                                        by: string;
                                        /** @enum {string} */
                                        level: "high" | "medium" | "low";
                                        reason: string;
                                    } | null;
                                    rules: {
                                        /** @enum {string} */
                                        code: "urgent_order";
                                        explanation: string;
                                        /** @enum {string} */
                                        level: "high" | "medium" | "low";
                                    }[];
                                    score: number;
                                    /**
                                     * @description The level the score alone gives, before rules and any override
                                     * @enum {string}
                                     */
                                    scoredLevel: "high" | "medium" | "low";
                                };
                                promisedDeliveryDate: string | null;
                                receivedAt: string;
                                replacementOf: {
                                    caseId: string;
                                    number: string;
                                    orderId: string;
                                } | null;
                                requestedDeliveryDate: string | null;
                                responseDueAt: string;
                                specialRequirements: {
                                    /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                    customization?: {
                                        [key: string]: string;
                                    };
                                    packaging?: string;
                                    text?: string;
                                } | null;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                totals: {
                                    currency: string;
                                    discountMinor: number;
                                    subtotalMinor: number;
                                    totalMinor: number;
                                };
                                /** @enum {string} */
                                type: "standard" | "custom" | "urgent";
                                updatedAt: string;
                                version: number;
                                warnings: {
                                    code: string;
                                    message: string;
                                    /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                    params: {
                                        [key: string]: unknown;
                                    };
                                    path?: string;
                                }[];
                            };
                            payments: {
                                balance: {
                                    currency: string;
                                    /** @description What the order still owes */
                                    dueMinor: number;
                                    /** @description Received less refunded */
                                    paidMinor: number;
                                    /** @enum {string} */
                                    paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                                    /** @description Sum of the payments */
                                    receivedMinor: number;
                                    /** @description Sum of the refunds */
                                    refundedMinor: number;
                                    totalMinor: number;
                                    /** @description The order's version */
                                    version: number;
                                };
                                items: {
                                    amountMinor: number;
                                    currency: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "payment" | "refund";
                                    /** @enum {string} */
                                    method: "bank_transfer" | "cash" | "card" | "alipay" | "wechat_pay" | "other";
                                    note: string | null;
                                    orderId: string;
                                    paidOn: string;
                                    recordedAt: string;
                                    recordedBy: string | null;
                                    recordedByLabel: string;
                                    reference: string | null;
                                }[];
                            };
                            plan: {
                                createdAt: string;
                                delays: {
                                    /** @enum {string} */
                                    contingency: "backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup";
                                    customerDecisionAt: string | null;
                                    customerDecisionNote: string | null;
                                    days: number;
                                    id: string;
                                    knownAt: string;
                                    measure: string | null;
                                    promiseAfter: string | null;
                                    promiseBefore: string | null;
                                    reason: string;
                                    reportedAt: string;
                                    stageId: string;
                                    stageKey: string;
                                    /** @enum {string} */
                                    status: "applied" | "awaiting_customer" | "declined";
                                }[];
                                greenChannel: boolean;
                                orderId: string;
                                orderNumber: string;
                                promiseDate: string | null;
                                stages: {
                                    /** @description What the stage takes now, read from the stage's state machine: start and finish once every earlier stage is done (start only before it started), delay while its state takes one */
                                    actions: ("start" | "finish" | "delay")[];
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    assigneeName: string | null;
                                    assigneeUserId: string | null;
                                    contingency: ("backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup") | null;
                                    days: number;
                                    delayReason: string | null;
                                    delivery: boolean;
                                    id: string;
                                    key: string;
                                    measure: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    note: string | null;
                                    ownerRole: string;
                                    plannedEnd: string;
                                    plannedStart: string;
                                    position: number;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                    units: number;
                                    updatedAt: string;
                                }[];
                                template: {
                                    /** @enum {string} */
                                    orderType: "standard" | "custom" | "urgent";
                                    version: number;
                                };
                                updatedAt: string;
                            } | null;
                            review: {
                                chain: {
                                    orderType: string;
                                    version: number;
                                };
                                orderId: string;
                                orderNumber: string | null;
                                round: number;
                                /** @description Newest round first, its steps in chain order */
                                rounds: {
                                    round: number;
                                    steps: {
                                        check: string | null;
                                        checkPassed: boolean | null;
                                        comment: string | null;
                                        decidedAt: string | null;
                                        decidedBy: string | null;
                                        decidedByLabel: string | null;
                                        evidence: {
                                            [key: string]: unknown;
                                        } | null;
                                        id: string;
                                        key: string;
                                        name: {
                                            en: string;
                                            "zh-CN": string;
                                        };
                                        position: number;
                                        role: string;
                                        round: number;
                                        /** @enum {string} */
                                        status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                        waitingSince: string | null;
                                    }[];
                                }[];
                                startedAt: string;
                                /** @enum {string} */
                                status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                                updatedAt: string;
                            } | null;
                            revisions: {
                                actorId: string | null;
                                actorLabel: string;
                                at: string;
                                diff: {
                                    fields: {
                                        after: unknown;
                                        before: unknown;
                                        /** @enum {string} */
                                        field: "requestedDeliveryDate" | "delivery" | "specialRequirements";
                                    }[];
                                    lines: {
                                        after: number | null;
                                        before: number | null;
                                        /** @enum {string} */
                                        change: "added" | "removed" | "quantity";
                                        lineId: string;
                                        lineNo: number;
                                        name: string;
                                        sku: string;
                                    }[];
                                };
                                effects: {
                                    currency: string;
                                    exceptions: {
                                        code: string;
                                        message: string;
                                        /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                        params: {
                                            [key: string]: unknown;
                                        };
                                        path?: string;
                                    }[];
                                    priority: {
                                        /** @enum {string} */
                                        after: "high" | "medium" | "low";
                                        /** @enum {string} */
                                        before: "high" | "medium" | "low";
                                    };
                                    promisedDeliveryDate: {
                                        after: string | null;
                                        before: string | null;
                                    };
                                    /** @description The order's plan was cancelled (to be made again on approval) or made again at once */
                                    replanned: boolean;
                                    reviewRestarted: boolean;
                                    /** @enum {string} */
                                    statusAfter: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                    /** @enum {string} */
                                    statusBefore: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                    stock: {
                                        /** @description What is backordered on the line after the change */
                                        backordered: number;
                                        released: number;
                                        reserved: number;
                                        sku: string;
                                    }[];
                                    totalMinor: {
                                        after: number;
                                        before: number;
                                    };
                                };
                                id: string;
                                material: boolean;
                                orderId: string;
                                reason: string;
                                revision: number;
                            }[];
                            shipments: {
                                carrier: {
                                    code: string | null;
                                    /** @enum {string} */
                                    kind: "express" | "freight";
                                    name: string;
                                    trackingUrl: string | null;
                                };
                                costMinor: number;
                                currency: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    note: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    orderLineId: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                orderId: string;
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                            survey: {
                                expiresAt: string;
                                /** @enum {string} */
                                status: "open" | "answered" | "expired";
                            } | null;
                            verification: {
                                /** @description Every segment holds */
                                ok: boolean;
                                segments: {
                                    broken?: {
                                        chain: string;
                                        /** @enum {string} */
                                        code: "event_missing" | "predecessor_mismatch" | "event_altered" | "head_mismatch";
                                        /** @description The break in English */
                                        reason: string;
                                        seq: number;
                                    };
                                    chain: string;
                                    /** @description Events of the stretch (the order’s and any other of the same chain between them) whose links hold */
                                    checked: number;
                                    fromSeq: number;
                                    ok: boolean;
                                    toSeq: number;
                                }[];
                            };
                        };
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's history from the audit trail, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: string | null;
                                actorLabel: string;
                                after: unknown;
                                at: string;
                                before: unknown;
                                seq: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the order to another staff member, with a note; they are told and get its open exception task
         * @description 409 owner_inactive: the person is deactivated; 422 unknown_reference: no such staff member; 412 when the order changed since the version sent.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            id: string;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order’s payments and refunds, with what it still owes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: {
                                currency: string;
                                /** @description What the order still owes */
                                dueMinor: number;
                                /** @description Received less refunded */
                                paidMinor: number;
                                /** @enum {string} */
                                paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                                /** @description Sum of the payments */
                                receivedMinor: number;
                                /** @description Sum of the refunds */
                                refundedMinor: number;
                                totalMinor: number;
                                /** @description The order's version */
                                version: number;
                            };
                            items: {
                                amountMinor: number;
                                currency: string;
                                id: string;
                                /** @enum {string} */
                                kind: "payment" | "refund";
                                /** @enum {string} */
                                method: "bank_transfer" | "cash" | "card" | "alipay" | "wechat_pay" | "other";
                                note: string | null;
                                orderId: string;
                                paidOn: string;
                                recordedAt: string;
                                recordedBy: string | null;
                                recordedByLabel: string;
                                reference: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a payment or a refund against an order
         * @description Partial payments are allowed; the order’s paymentStatus follows (unpaid → partial → paid; refunded). 422 payment_exceeds_due: more than the order still owes; 422 refund_exceeds_received: more than it has received; 422 payment_currency_mismatch; 409 order_cancelled_payment (a cancelled order takes refunds only).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Positive, in minor units of the order currency */
                        amountMinor: number;
                        /** @description ISO 4217 code, e.g. CNY */
                        currency: string;
                        /**
                         * @description payment (default) or refund
                         * @enum {string}
                         */
                        kind?: "payment" | "refund";
                        /** @enum {string} */
                        method: "bank_transfer" | "cash" | "card" | "alipay" | "wechat_pay" | "other";
                        note?: string;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD
                         */
                        paidOn: string;
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: {
                                currency: string;
                                /** @description What the order still owes */
                                dueMinor: number;
                                /** @description Received less refunded */
                                paidMinor: number;
                                /** @enum {string} */
                                paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                                /** @description Sum of the payments */
                                receivedMinor: number;
                                /** @description Sum of the refunds */
                                refundedMinor: number;
                                totalMinor: number;
                                /** @description The order's version */
                                version: number;
                            };
                            payment: {
                                amountMinor: number;
                                currency: string;
                                id: string;
                                /** @enum {string} */
                                kind: "payment" | "refund";
                                /** @enum {string} */
                                method: "bank_transfer" | "cash" | "card" | "alipay" | "wechat_pay" | "other";
                                note: string | null;
                                orderId: string;
                                paidOn: string;
                                recordedAt: string;
                                recordedBy: string | null;
                                recordedByLabel: string;
                                reference: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/pick-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What to pick for the order now, line by line, and the suggested carrier */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery: unknown;
                            lines: {
                                backordered: number;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineId: string;
                                lineNo: number;
                                name: string;
                                /** @description Left to ship */
                                open: number;
                                /** @description What can be picked now: reserved stock, or the made-to-order quantity */
                                pickNow: number;
                                reserved: number;
                                sku: string;
                                unit: string;
                            }[];
                            number: string;
                            orderId: string;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            /** @enum {string} */
                            suggestedCarrier: "express" | "freight";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's execution plan: stages, owners, planned and actual dates, delays */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            delays: {
                                /** @enum {string} */
                                contingency: "backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup";
                                customerDecisionAt: string | null;
                                customerDecisionNote: string | null;
                                days: number;
                                id: string;
                                knownAt: string;
                                measure: string | null;
                                promiseAfter: string | null;
                                promiseBefore: string | null;
                                reason: string;
                                reportedAt: string;
                                stageId: string;
                                stageKey: string;
                                /** @enum {string} */
                                status: "applied" | "awaiting_customer" | "declined";
                            }[];
                            greenChannel: boolean;
                            orderId: string;
                            orderNumber: string;
                            promiseDate: string | null;
                            stages: {
                                /** @description What the stage takes now, read from the stage's state machine: start and finish once every earlier stage is done (start only before it started), delay while its state takes one */
                                actions: ("start" | "finish" | "delay")[];
                                actualEnd: string | null;
                                actualStart: string | null;
                                assigneeName: string | null;
                                assigneeUserId: string | null;
                                contingency: ("backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup") | null;
                                days: number;
                                delayReason: string | null;
                                delivery: boolean;
                                id: string;
                                key: string;
                                measure: string | null;
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                note: string | null;
                                ownerRole: string;
                                plannedEnd: string;
                                plannedStart: string;
                                position: number;
                                /** @enum {string} */
                                status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                units: number;
                                updatedAt: string;
                            }[];
                            template: {
                                /** @enum {string} */
                                orderType: "standard" | "custom" | "urgent";
                                version: number;
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/plan/delays/{delayId}/customer-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the customer's answer to a substitute material
         * @description Accepted: the delay is applied and the plan and promise date recomputed. Declined: the stage is unblocked for another contingency. 409 delay_not_awaiting_customer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    delayId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accepted: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            delays: {
                                /** @enum {string} */
                                contingency: "backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup";
                                customerDecisionAt: string | null;
                                customerDecisionNote: string | null;
                                days: number;
                                id: string;
                                knownAt: string;
                                measure: string | null;
                                promiseAfter: string | null;
                                promiseBefore: string | null;
                                reason: string;
                                reportedAt: string;
                                stageId: string;
                                stageKey: string;
                                /** @enum {string} */
                                status: "applied" | "awaiting_customer" | "declined";
                            }[];
                            greenChannel: boolean;
                            orderId: string;
                            orderNumber: string;
                            promiseDate: string | null;
                            stages: {
                                /** @description What the stage takes now, read from the stage's state machine: start and finish once every earlier stage is done (start only before it started), delay while its state takes one */
                                actions: ("start" | "finish" | "delay")[];
                                actualEnd: string | null;
                                actualStart: string | null;
                                assigneeName: string | null;
                                assigneeUserId: string | null;
                                contingency: ("backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup") | null;
                                days: number;
                                delayReason: string | null;
                                delivery: boolean;
                                id: string;
                                key: string;
                                measure: string | null;
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                note: string | null;
                                ownerRole: string;
                                plannedEnd: string;
                                plannedStart: string;
                                position: number;
                                /** @enum {string} */
                                status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                units: number;
                                updatedAt: string;
                            }[];
                            template: {
                                /** @enum {string} */
                                orderType: "standard" | "custom" | "urgent";
                                version: number;
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/plan/stages/{stageId}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a plan stage to one person in its owner role (userId null: back to the whole role), with a note; they are told
         * @description The person may then report the stage's progress. 403 stage_role_required: the stage belongs to another role (a manager may assign any); 409 stage_assignee_inactive; 422 stage_assignee_role_missing; 409 stage_already_done.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    stageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        userId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the stage takes now, read from the stage's state machine: start and finish once every earlier stage is done (start only before it started), delay while its state takes one */
                            actions: ("start" | "finish" | "delay")[];
                            actualEnd: string | null;
                            actualStart: string | null;
                            assigneeName: string | null;
                            assigneeUserId: string | null;
                            contingency: ("backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup") | null;
                            days: number;
                            delayReason: string | null;
                            delivery: boolean;
                            id: string;
                            key: string;
                            measure: string | null;
                            name: {
                                en: string;
                                "zh-CN": string;
                            };
                            note: string | null;
                            ownerRole: string;
                            plannedEnd: string;
                            plannedStart: string;
                            position: number;
                            /** @enum {string} */
                            status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                            units: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/plan/stages/{stageId}/delays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a delay of a stage with the contingency taken; the plan and promise date are recomputed
         * @description Must be filed within 30 minutes of knownAt (422 delay_report_late). A substitute_material waits for the customer: the stage is blocked and nothing moves until POST …/plan/delays/{delayId}/customer-confirmation. When the promise date moves the customer is told.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    stageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        contingency: "backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup";
                        /** @description Working days the stage is late */
                        days: number;
                        /** Format: date-time */
                        knownAt: string;
                        /** @description What exactly is done, e.g. which backup line or carrier */
                        measure?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            delays: {
                                /** @enum {string} */
                                contingency: "backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup";
                                customerDecisionAt: string | null;
                                customerDecisionNote: string | null;
                                days: number;
                                id: string;
                                knownAt: string;
                                measure: string | null;
                                promiseAfter: string | null;
                                promiseBefore: string | null;
                                reason: string;
                                reportedAt: string;
                                stageId: string;
                                stageKey: string;
                                /** @enum {string} */
                                status: "applied" | "awaiting_customer" | "declined";
                            }[];
                            greenChannel: boolean;
                            orderId: string;
                            orderNumber: string;
                            promiseDate: string | null;
                            stages: {
                                /** @description What the stage takes now, read from the stage's state machine: start and finish once every earlier stage is done (start only before it started), delay while its state takes one */
                                actions: ("start" | "finish" | "delay")[];
                                actualEnd: string | null;
                                actualStart: string | null;
                                assigneeName: string | null;
                                assigneeUserId: string | null;
                                contingency: ("backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup") | null;
                                days: number;
                                delayReason: string | null;
                                delivery: boolean;
                                id: string;
                                key: string;
                                measure: string | null;
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                note: string | null;
                                ownerRole: string;
                                plannedEnd: string;
                                plannedStart: string;
                                position: number;
                                /** @enum {string} */
                                status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                units: number;
                                updatedAt: string;
                            }[];
                            template: {
                                /** @enum {string} */
                                orderType: "standard" | "custom" | "urgent";
                                version: number;
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/plan/stages/{stageId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report progress on a stage you own: started, or done
         * @description The first progress puts the order under way (planned → in_progress); when every stage before delivery is done the order is ready to ship (or in service). 409 stage_out_of_order: an earlier stage is not done; 409 stage_already_done; 409 stage_blocked; 403 stage_role_required.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    stageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        actualEnd?: string;
                        /** Format: date-time */
                        actualStart?: string;
                        note?: string;
                        /** @enum {string} */
                        status: "in_progress" | "done";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            delays: {
                                /** @enum {string} */
                                contingency: "backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup";
                                customerDecisionAt: string | null;
                                customerDecisionNote: string | null;
                                days: number;
                                id: string;
                                knownAt: string;
                                measure: string | null;
                                promiseAfter: string | null;
                                promiseBefore: string | null;
                                reason: string;
                                reportedAt: string;
                                stageId: string;
                                stageKey: string;
                                /** @enum {string} */
                                status: "applied" | "awaiting_customer" | "declined";
                            }[];
                            greenChannel: boolean;
                            orderId: string;
                            orderNumber: string;
                            promiseDate: string | null;
                            stages: {
                                /** @description What the stage takes now, read from the stage's state machine: start and finish once every earlier stage is done (start only before it started), delay while its state takes one */
                                actions: ("start" | "finish" | "delay")[];
                                actualEnd: string | null;
                                actualStart: string | null;
                                assigneeName: string | null;
                                assigneeUserId: string | null;
                                contingency: ("backup_line" | "outsource" | "backup_supplier" | "substitute_material" | "switch_carrier" | "customer_pickup") | null;
                                days: number;
                                delayReason: string | null;
                                delivery: boolean;
                                id: string;
                                key: string;
                                measure: string | null;
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                note: string | null;
                                ownerRole: string;
                                plannedEnd: string;
                                plannedStart: string;
                                position: number;
                                /** @enum {string} */
                                status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                units: number;
                                updatedAt: string;
                            }[];
                            template: {
                                /** @enum {string} */
                                orderType: "standard" | "custom" | "urgent";
                                version: number;
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/priority-override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set an order's priority by hand, with a reason; its deadlines follow */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "high" | "medium" | "low";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            id: string;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/ready-to-ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The goods are packed: the order is ready to ship (from in_progress)
         * @description With a wanted delivery date, the pre-delivery check task for logistics is scheduled 24 h before that day begins.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resubmit an exception order with corrections, after contacting the customer
         * @description Refused with 409 contact_required unless a contact was logged since the order went into exception. Reruns the preliminary audit: the order goes to review (a new round on the chain version it started with) or back to exception. Closes the exception task.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        corrections?: {
                            contact?: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                            };
                            delivery?: {
                                address?: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                };
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            /** @description The order's lines as agreed with the customer: they replace every line; stock is released and reserved again */
                            lines?: {
                                discountMinor?: number;
                                /** Format: uuid */
                                productId: string;
                                quantity: number;
                                unitPriceMinor?: number;
                            }[];
                            /** @enum {string} */
                            paymentStatus?: "unpaid" | "partial" | "paid";
                            requestedDeliveryDate?: string | null;
                            specialRequirements?: string | {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                        };
                        /** @description Why the response deadline was missed, should the order now be approved after it */
                        lateReason?: string;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            id: string;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's review: its chain version, every round and step, the evidence of the checks, who decided what, when and why */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chain: {
                                orderType: string;
                                version: number;
                            };
                            orderId: string;
                            orderNumber: string | null;
                            round: number;
                            /** @description Newest round first, its steps in chain order */
                            rounds: {
                                round: number;
                                steps: {
                                    check: string | null;
                                    checkPassed: boolean | null;
                                    comment: string | null;
                                    decidedAt: string | null;
                                    decidedBy: string | null;
                                    decidedByLabel: string | null;
                                    evidence: {
                                        [key: string]: unknown;
                                    } | null;
                                    id: string;
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    position: number;
                                    role: string;
                                    round: number;
                                    /** @enum {string} */
                                    status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                    waitingSince: string | null;
                                }[];
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/review/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide the review step waiting for your role: approve, reject, or return with questions
         * @description Approve moves the order to the next step, or approves it after the last. Reject and return send it to exception, with a task for the specialist; they need a comment. 403 review_role_required: the step is for another role; 409 step_already_decided; 409 stale_review: the step is not the one waiting.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    stepId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Required to reject or return: why, or the questions for the customer */
                        comment?: string;
                        /** @enum {string} */
                        decision: "approve" | "reject" | "return";
                        /** @description Why the order's response deadline was missed; required when the last approval comes after it (409 late_reason_required). Given on an earlier approval after the deadline, it is recorded then and not asked again */
                        lateReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            contact: {
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                                primary?: boolean;
                                title?: string;
                            } | null;
                            customer: {
                                id: string;
                                name: string;
                            };
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            entry: {
                                check: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                enteredBy: string | null;
                            };
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            externalRef: string | null;
                            id: string;
                            lines: {
                                backorderedQuantity: number;
                                discountMinor: number;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                reservedQuantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description Received so far less refunds, in the order currency (minor units) */
                            paidMinor: number;
                            /** @enum {string} */
                            paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            replacementOf: {
                                caseId: string;
                                number: string;
                                orderId: string;
                            } | null;
                            requestedDeliveryDate: string | null;
                            responseDueAt: string;
                            specialRequirements: {
                                /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                                customization?: {
                                    [key: string]: string;
                                };
                                packaging?: string;
                                text?: string;
                            } | null;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            /** @enum {string} */
                            type: "standard" | "custom" | "urgent";
                            updatedAt: string;
                            version: number;
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's revision history: every change after intake with who, when, why and the before/after of each field and line, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actorId: string | null;
                                actorLabel: string;
                                at: string;
                                diff: {
                                    fields: {
                                        after: unknown;
                                        before: unknown;
                                        /** @enum {string} */
                                        field: "requestedDeliveryDate" | "delivery" | "specialRequirements";
                                    }[];
                                    lines: {
                                        after: number | null;
                                        before: number | null;
                                        /** @enum {string} */
                                        change: "added" | "removed" | "quantity";
                                        lineId: string;
                                        lineNo: number;
                                        name: string;
                                        sku: string;
                                    }[];
                                };
                                effects: {
                                    currency: string;
                                    exceptions: {
                                        code: string;
                                        message: string;
                                        /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                        params: {
                                            [key: string]: unknown;
                                        };
                                        path?: string;
                                    }[];
                                    priority: {
                                        /** @enum {string} */
                                        after: "high" | "medium" | "low";
                                        /** @enum {string} */
                                        before: "high" | "medium" | "low";
                                    };
                                    promisedDeliveryDate: {
                                        after: string | null;
                                        before: string | null;
                                    };
                                    /** @description The order's plan was cancelled (to be made again on approval) or made again at once */
                                    replanned: boolean;
                                    reviewRestarted: boolean;
                                    /** @enum {string} */
                                    statusAfter: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                    /** @enum {string} */
                                    statusBefore: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                    stock: {
                                        /** @description What is backordered on the line after the change */
                                        backordered: number;
                                        released: number;
                                        reserved: number;
                                        sku: string;
                                    }[];
                                    totalMinor: {
                                        after: number;
                                        before: number;
                                    };
                                };
                                id: string;
                                material: boolean;
                                orderId: string;
                                reason: string;
                                revision: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/service/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The service is done: the order is delivered and waits for acceptance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/service/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A service order goes "in service" (from in_progress) instead of shipping */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's shipments with their tracking */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                carrier: {
                                    code: string | null;
                                    /** @enum {string} */
                                    kind: "express" | "freight";
                                    name: string;
                                    trackingUrl: string | null;
                                };
                                costMinor: number;
                                currency: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    note: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    orderLineId: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                orderId: string;
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Ship some or all of the open lines (partial and split shipments)
         * @description Consumes the reserved stock (on hand and reserved go down, one `shipment` stock movement per product). 422 exceeds_open_quantity: more than is left on the line; 409 not_reserved: more stock than the order reserved (the rest waits as a backorder). The order becomes partially_shipped or shipped.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        carrier: {
                            /** @description An active carrier of the directory (GET /api/v1/carriers); its name is taken from there */
                            code?: string;
                            /** @enum {string} */
                            kind: "express" | "freight";
                            /** @description A carrier outside the directory, by name; used only without `code` */
                            name?: string;
                        };
                        costMinor: number;
                        lines: {
                            /** Format: uuid */
                            lineId: string;
                            quantity: number;
                        }[];
                        trackingNumber: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carrier: {
                                code: string | null;
                                /** @enum {string} */
                                kind: "express" | "freight";
                                name: string;
                                trackingUrl: string | null;
                            };
                            costMinor: number;
                            currency: string;
                            deliveredAt: string | null;
                            events: {
                                at: string;
                                location: string | null;
                                note: string | null;
                                /** @enum {string} */
                                status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                            }[];
                            id: string;
                            lines: {
                                lineNo: number;
                                name: string;
                                orderLineId: string;
                                quantity: number;
                                sku: string;
                                unit: string;
                            }[];
                            orderId: string;
                            shippedAt: string;
                            /** @enum {string} */
                            status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                            trackingNumber: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's deadlines (response, plan) with the time left on each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clocks: {
                                customerId: string;
                                dueAt: string;
                                escalatedAt: string | null;
                                /** @enum {string} */
                                kind: "response" | "plan";
                                lateReason: {
                                    at: string;
                                    by: string;
                                    reason: string;
                                } | null;
                                orderId: string;
                                orderNumber: string;
                                satisfiedAt: string | null;
                                secondsLeft: number | null;
                                /** @enum {string} */
                                status: "open" | "met" | "missed" | "stopped";
                                warnAt: string;
                                warnedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/sla/{kind}/reason": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record why a missed deadline was missed (or correct the reason); refused for a deadline not missed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "response" | "plan";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            dueAt: string;
                            escalatedAt: string | null;
                            /** @enum {string} */
                            kind: "response" | "plan";
                            lateReason: {
                                at: string;
                                by: string;
                                reason: string;
                            } | null;
                            orderId: string;
                            orderNumber: string;
                            satisfiedAt: string | null;
                            secondsLeft: number | null;
                            /** @enum {string} */
                            status: "open" | "met" | "missed" | "stopped";
                            warnAt: string;
                            warnedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/at-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every late or at-risk order, one row each, with what holds it up and who holds it: most late first, or by promise date */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                    order?: "asc" | "desc";
                    sort?: "lateness" | "promiseDate";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                blocker: {
                                    dueAt: string | null;
                                    key: string | null;
                                    /** @enum {string} */
                                    kind: "stage" | "review_step" | "exception" | "entry_check" | "deadline" | "delivery";
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    } | null;
                                    since: string | null;
                                };
                                customer: {
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                health: "late" | "at_risk";
                                holder: {
                                    name: string | null;
                                    role: string | null;
                                    userId: string | null;
                                };
                                id: string;
                                lateSeconds: number | null;
                                lateSince: string | null;
                                nextDeadline: {
                                    dueAt: string;
                                    /** @enum {string} */
                                    kind: "response" | "plan";
                                    secondsLeft: number;
                                } | null;
                                number: string;
                                /** @enum {string} */
                                priority: "high" | "medium" | "low";
                                promisedDeliveryDate: string | null;
                                requestedDeliveryDate: string | null;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many orders the list holds under the same filters and healths (the table's total) */
        get: {
            parameters: {
                query?: {
                    channel?: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                    customerId?: string;
                    /** @description Comma-separated healths, e.g. late,at_risk */
                    health?: string;
                    /** @description "me" (my orders), "none" (unassigned) or a user id */
                    owner?: string;
                    priority?: "high" | "medium" | "low";
                    /** @description Orders with a line of this product */
                    productId?: string;
                    /** @description Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone */
                    q?: string;
                    status?: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exception desk: orders in exception, longest waiting first, with the contact deadline, who holds it and the last contact */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                    /** @description "me" (my orders), "none" (unassigned) or a user id */
                    owner?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Whether a contact was logged since the order went into exception (resubmitting needs one) */
                                contactedSinceException: boolean;
                                exceptionSince: string | null;
                                lastContact: {
                                    at: string;
                                    /** @enum {string} */
                                    channel: "phone" | "online" | "email" | "in_person";
                                    contactedBy: string | null;
                                    contactedByLabel: string;
                                    id: string;
                                    orderId: string;
                                    outcome: string | null;
                                    summary: string;
                                } | null;
                                order: {
                                    /** @enum {string} */
                                    channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                                    customer: {
                                        id: string;
                                        name: string;
                                    };
                                    exceptions: {
                                        code: string;
                                        message: string;
                                        /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                        params: {
                                            [key: string]: unknown;
                                        };
                                        path?: string;
                                    }[];
                                    externalRef: string | null;
                                    id: string;
                                    number: string;
                                    owner: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description Received so far less refunds, in the order currency (minor units) */
                                    paidMinor: number;
                                    /** @enum {string} */
                                    paymentStatus: "unpaid" | "partial" | "paid" | "refunded";
                                    planDueAt: string;
                                    priority: {
                                        factors: {
                                            /** @enum {string} */
                                            dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                            explanation: string;
                                            /** @enum {string} */
                                            level: "high" | "medium" | "low";
                                            points: number;
                                            score: number;
                                            /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                            value: string | number | null;
                                            weight: number;
                                        }[];
                                        /** @enum {string} */
                                        level: "high" | "medium" | "low";
                                        override: {
                                            at: string;
                                            by: string;
                                            /** @enum {string} */
                                            level: "high" | "medium" | "low";
                                            reason: string;
                                        } | null;
                                        rules: {
                                            /** @enum {string} */
                                            code: "urgent_order";
                                            explanation: string;
                                            /** @enum {string} */
                                            level: "high" | "medium" | "low";
                                        }[];
                                        score: number;
                                        /**
                                         * @description The level the score alone gives, before rules and any override
                                         * @enum {string}
                                         */
                                        scoredLevel: "high" | "medium" | "low";
                                    };
                                    promisedDeliveryDate: string | null;
                                    receivedAt: string;
                                    requestedDeliveryDate: string | null;
                                    responseDueAt: string;
                                    /** @enum {string} */
                                    status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                    totals: {
                                        currency: string;
                                        discountMinor: number;
                                        subtotalMinor: number;
                                        totalMinor: number;
                                    };
                                    /** @enum {string} */
                                    type: "standard" | "custom" | "urgent";
                                    updatedAt: string;
                                    version: number;
                                    warnings: {
                                        code: string;
                                        message: string;
                                        /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                        params: {
                                            [key: string]: unknown;
                                        };
                                        path?: string;
                                    }[];
                                };
                                secondsLeft: number | null;
                                task: {
                                    assigneeId: string | null;
                                    assigneeName: string | null;
                                    createdAt: string;
                                    createdBy: string | null;
                                    customerId: string | null;
                                    doneAt: string | null;
                                    doneBy: string | null;
                                    doneNote: string | null;
                                    dueAt: string;
                                    escalatedAt: string | null;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "order_exception" | "pre_delivery_check" | "aftersales_contact" | "aftersales_follow_up" | "call" | "visit" | "message" | "return_visit";
                                    orderId: string | null;
                                    role: string;
                                    /** @enum {string} */
                                    status: "open" | "done";
                                    /** @description What to do, in English */
                                    summary: string;
                                    summaryCode: string | null;
                                    /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                    summaryParams: {
                                        [key: string]: unknown;
                                    };
                                    warnedAt: string | null;
                                } | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order list as a file: every order the filters select, in the list's sort, as XLSX or CSV
         * @description Takes the list's filters and sort, plus the columns to write (in order) and the language of headers and cells. The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query: {
                    channel?: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                    /** @description Comma-separated columns in the order wanted (the view's visible columns); all when left out: number, customer, status, health, currentStage, owner, requestedDate, promiseDate, nextDeadline, priority, total, currency, channel, received */
                    columns?: string;
                    customerId?: string;
                    format: "xlsx" | "csv";
                    /** @description Comma-separated healths, e.g. late,at_risk */
                    health?: string;
                    /** @description The language of headers and cells; by default the reader's chosen language, else the browser's (Accept-Language) */
                    lang?: "zh-CN" | "en";
                    /** @description asc (default; for received: newest first) or desc */
                    order?: "asc" | "desc";
                    /** @description "me" (my orders), "none" (unassigned) or a user id */
                    owner?: string;
                    priority?: "high" | "medium" | "low";
                    /** @description Orders with a line of this product */
                    productId?: string;
                    /** @description Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone */
                    q?: string;
                    sort?: "received" | "promiseDate" | "health" | "nextDeadline" | "requestedDate" | "priority" | "amount";
                    status?: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What intake would make of an order, without taking it: prices, audit findings, priority and deadlines
         * @description Takes the same body as POST /api/v1/orders and writes nothing; stock is not reserved, each stock line shows what available stock would cover.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                        contact?: {
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                        };
                        /** Format: uuid */
                        customerId: string;
                        delivery?: {
                            address?: {
                                city?: string;
                                country?: string;
                                district?: string;
                                label?: string;
                                line1: string;
                                phone?: string;
                                postalCode?: string;
                                recipient?: string;
                                region?: string;
                            };
                            /** @enum {string} */
                            method: "ship" | "pickup";
                        };
                        /** @description The channel's own order reference */
                        externalRef?: string;
                        lines: {
                            discountMinor?: number;
                            /** Format: uuid */
                            productId: string;
                            quantity: number;
                            unitPriceMinor?: number;
                        }[];
                        /** @enum {string} */
                        paymentStatus: "unpaid" | "partial" | "paid";
                        requestedDeliveryDate?: string | null;
                        specialRequirements?: string | {
                            /** @description Structured customisation parameters, e.g. { "logo": "file 2024-05-A.ai, 40 mm, front" } */
                            customization?: {
                                [key: string]: string;
                            };
                            packaging?: string;
                            text?: string;
                        } | null;
                        /** @enum {string} */
                        type?: "standard" | "custom" | "urgent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Whether the channel needs a second person to confirm the entry (maker–checker) */
                            entryCheckRequired: boolean;
                            exceptions: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                            lines: {
                                available: number | null;
                                coveredQuantity: number | null;
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                listPriceMinor: number;
                                name: string;
                                productId: string;
                                quantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            planDueAt: string;
                            priority: {
                                factors: {
                                    /** @enum {string} */
                                    dimension: "customer_tier" | "order_amount" | "delivery_urgency";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    points: number;
                                    score: number;
                                    /** @description What was looked at, e.g. "vip", 15000000 (minor units), 3 (days) */
                                    value: string | number | null;
                                    weight: number;
                                }[];
                                /** @enum {string} */
                                level: "high" | "medium" | "low";
                                override: {
                                    at: string;
                                    by: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                    reason: string;
                                } | null;
                                rules: {
                                    /** @enum {string} */
                                    code: "urgent_order";
                                    explanation: string;
                                    /** @enum {string} */
                                    level: "high" | "medium" | "low";
                                }[];
                                score: number;
                                /**
                                 * @description The level the score alone gives, before rules and any override
                                 * @enum {string}
                                 */
                                scoredLevel: "high" | "medium" | "low";
                            };
                            promise: {
                                date: string | null;
                                reasoning: ({
                                    /** @description The factor said in words with its numbers */
                                    explanation: string;
                                    /** @enum {string} */
                                    factor: "stock";
                                    inStock: number;
                                    quantity: number;
                                    shortUnits: number;
                                    sku: string;
                                } | {
                                    /** @description The factor said in words with its numbers */
                                    explanation: string;
                                    /** @enum {string} */
                                    factor: "calendar";
                                    start: string;
                                } | {
                                    days: number;
                                    /** @description The factor said in words with its numbers */
                                    explanation: string;
                                    /** @enum {string} */
                                    factor: "stage";
                                    plannedEnd: string;
                                    plannedStart: string;
                                    /** @description Where the days come from: the template, or a product lead time */
                                    source: string;
                                    stage: string;
                                    stageName: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                } | {
                                    activeLines: number;
                                    coveredOn: string | null;
                                    /** @description The factor said in words with its numbers */
                                    explanation: string;
                                    /** @enum {string} */
                                    factor: "capacity";
                                    stage: string;
                                    stageName: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    units: number;
                                    unitsAhead: number;
                                })[];
                            };
                            responseDueAt: string;
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                            warnings: {
                                code: string;
                                message: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                path?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The earliest delivery date Ordo can honour for these lines, with its reasons
         * @description Counts stock available now, the stage durations of the order type (and product lead times) and, for made-to-order units, the capacity calendar with the production queue ahead. Writes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customerId: string;
                        lines: {
                            /** Format: uuid */
                            productId: string;
                            quantity: number;
                        }[];
                        /** @enum {string} */
                        type?: "standard" | "custom" | "urgent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            orderType: "standard" | "custom" | "urgent";
                            promiseDate: string | null;
                            reasoning: ({
                                /** @description The factor said in words with its numbers */
                                explanation: string;
                                /** @enum {string} */
                                factor: "stock";
                                inStock: number;
                                quantity: number;
                                shortUnits: number;
                                sku: string;
                            } | {
                                /** @description The factor said in words with its numbers */
                                explanation: string;
                                /** @enum {string} */
                                factor: "calendar";
                                start: string;
                            } | {
                                days: number;
                                /** @description The factor said in words with its numbers */
                                explanation: string;
                                /** @enum {string} */
                                factor: "stage";
                                plannedEnd: string;
                                plannedStart: string;
                                /** @description Where the days come from: the template, or a product lead time */
                                source: string;
                                stage: string;
                                stageName: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            } | {
                                activeLines: number;
                                coveredOn: string | null;
                                /** @description The factor said in words with its numbers */
                                explanation: string;
                                /** @enum {string} */
                                factor: "capacity";
                                stage: string;
                                stageName: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                units: number;
                                unitsAhead: number;
                            })[];
                            template: {
                                orderType: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved views of the order list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                filters: {
                                    /** @enum {string} */
                                    channel?: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                                    /** Format: uuid */
                                    customerId?: string;
                                    /** @enum {string} */
                                    layout?: "list" | "kanban";
                                    /** @description "me" (my orders), "none" (unassigned) or a user id */
                                    owner?: string;
                                    /** @enum {string} */
                                    priority?: "high" | "medium" | "low";
                                    /**
                                     * Format: uuid
                                     * @description Orders with a line of this product
                                     */
                                    productId?: string;
                                    /** @description Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone */
                                    q?: string;
                                    /** @enum {string} */
                                    status?: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                };
                                id: string;
                                name: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Save the order list filters under a name
         * @description Names are unique per user (409 already_exists naming /name); at most 30 views per user.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filters: {
                            /** @enum {string} */
                            channel?: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            /** Format: uuid */
                            customerId?: string;
                            /** @enum {string} */
                            layout?: "list" | "kanban";
                            /** @description "me" (my orders), "none" (unassigned) or a user id */
                            owner?: string;
                            /** @enum {string} */
                            priority?: "high" | "medium" | "low";
                            /**
                             * Format: uuid
                             * @description Orders with a line of this product
                             */
                            productId?: string;
                            /** @description Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone */
                            q?: string;
                            /** @enum {string} */
                            status?: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                        };
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            filters: {
                                /** @enum {string} */
                                channel?: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                                /** Format: uuid */
                                customerId?: string;
                                /** @enum {string} */
                                layout?: "list" | "kanban";
                                /** @description "me" (my orders), "none" (unassigned) or a user id */
                                owner?: string;
                                /** @enum {string} */
                                priority?: "high" | "medium" | "low";
                                /**
                                 * Format: uuid
                                 * @description Orders with a line of this product
                                 */
                                productId?: string;
                                /** @description Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone */
                                q?: string;
                                /** @enum {string} */
                                status?: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            };
                            id: string;
                            name: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a saved view or replace its filters */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filters: {
                            /** @enum {string} */
                            channel?: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                            /** Format: uuid */
                            customerId?: string;
                            /** @enum {string} */
                            layout?: "list" | "kanban";
                            /** @description "me" (my orders), "none" (unassigned) or a user id */
                            owner?: string;
                            /** @enum {string} */
                            priority?: "high" | "medium" | "low";
                            /**
                             * Format: uuid
                             * @description Orders with a line of this product
                             */
                            productId?: string;
                            /** @description Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone */
                            q?: string;
                            /** @enum {string} */
                            status?: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                        };
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            filters: {
                                /** @enum {string} */
                                channel?: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                                /** Format: uuid */
                                customerId?: string;
                                /** @enum {string} */
                                layout?: "list" | "kanban";
                                /** @description "me" (my orders), "none" (unassigned) or a user id */
                                owner?: string;
                                /** @enum {string} */
                                priority?: "high" | "medium" | "low";
                                /**
                                 * Format: uuid
                                 * @description Orders with a line of this product
                                 */
                                productId?: string;
                                /** @description Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone */
                                q?: string;
                                /** @enum {string} */
                                status?: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            };
                            id: string;
                            name: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete one of my saved views */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/status-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many orders each status holds, under the same filters as the list (the kanban column heads) */
        get: {
            parameters: {
                query?: {
                    channel?: "online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import";
                    customerId?: string;
                    /** @description "me" (my orders), "none" (unassigned) or a user id */
                    owner?: string;
                    priority?: "high" | "medium" | "low";
                    /** @description Orders with a line of this product */
                    productId?: string;
                    /** @description Order number prefix, exact external reference, or part of the customer name, a line's product name or SKU, or the contact's name or phone */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Statuses with no order are left out */
                            byStatus: {
                                [key: string]: number;
                            };
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard's figures: today's intake, orders by status, month-to-date intake by day, priority and channel, and amounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byStatus: {
                                count: number;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            monthToDate: {
                                amounts: {
                                    currency: string;
                                    totalMinor: number;
                                }[];
                                byChannel: {
                                    channel: string;
                                    count: number;
                                }[];
                                byDay: {
                                    date: string;
                                    received: number;
                                }[];
                                byPriority: {
                                    count: number;
                                    level: string;
                                }[];
                                from: string;
                                inException: number;
                                received: number;
                            };
                            today: {
                                date: string;
                                received: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/production-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unfinished production stages in the order they are worked: green channel first, then by planned start */
        get: {
            parameters: {
                query?: {
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                greenChannel: boolean;
                                orderId: string;
                                orderNumber: string;
                                plannedEnd: string;
                                plannedStart: string;
                                stageId: string;
                                /** @enum {string} */
                                status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                units: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/templates/{orderType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current plan template of an order type (the built-in version 1 until one is saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderType: "standard" | "custom" | "urgent";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string | null;
                            createdBy: string | null;
                            /** @enum {string} */
                            orderType: "standard" | "custom" | "urgent";
                            stages: {
                                /** @description Default working days (0: a same-day step); a product's leadTimes[key] overrides it. The stage keyed production also waits for the capacity calendar */
                                days: number;
                                /** @description A delivery stage (logistics): the order is ready to ship when every stage before the first one is done */
                                delivery: boolean;
                                key: string;
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @description The role that owns the stage, e.g. production */
                                ownerRole: string;
                                /**
                                 * @description always, goods (not services), made_to_order lines, or stock_short (a stock line must be procured)
                                 * @enum {string}
                                 */
                                when: "always" | "goods" | "made_to_order" | "stock_short";
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        /**
         * Save a new version of a plan template; plans made before keep theirs
         * @description Send If-Match with the version you edited (412 when stale). 422 invalid_plan_template names the field: duplicate keys, unknown owner roles, delivery stages not last.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    orderType: "standard" | "custom" | "urgent";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        stages: {
                            /** @description Default working days (0: a same-day step); a product's leadTimes[key] overrides it. The stage keyed production also waits for the capacity calendar */
                            days: number;
                            /** @description A delivery stage (logistics): the order is ready to ship when every stage before the first one is done */
                            delivery: boolean;
                            key: string;
                            name: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** @description The role that owns the stage, e.g. production */
                            ownerRole: string;
                            /**
                             * @description always, goods (not services), made_to_order lines, or stock_short (a stock line must be procured)
                             * @enum {string}
                             */
                            when: "always" | "goods" | "made_to_order" | "stock_short";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string | null;
                            createdBy: string | null;
                            /** @enum {string} */
                            orderType: "standard" | "custom" | "urgent";
                            stages: {
                                /** @description Default working days (0: a same-day step); a product's leadTimes[key] overrides it. The stage keyed production also waits for the capacity calendar */
                                days: number;
                                /** @description A delivery stage (logistics): the order is ready to ship when every stage before the first one is done */
                                delivery: boolean;
                                key: string;
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @description The role that owns the stage, e.g. production */
                                ownerRole: string;
                                /**
                                 * @description always, goods (not services), made_to_order lines, or stock_short (a stock line must be procured)
                                 * @enum {string}
                                 */
                                when: "always" | "goods" | "made_to_order" | "stock_short";
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/cases/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm that the resolution of my after-sales case satisfies me, or say it does not
         * @description Satisfied closes the case; not satisfied sends it back to after-sales. 409 case_not_resolved unless the case awaits my confirmation; another customer's case is 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        satisfied: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptance: {
                                comment: string | null;
                                lines: {
                                    acceptedQuantity: number;
                                    comment: string | null;
                                    deliveredQuantity: number;
                                    lineId: string;
                                    lineNo: number;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "partial";
                                    sku: string;
                                }[];
                                photos: {
                                    fileName: string;
                                    id: string;
                                    uploadedAt: string;
                                }[];
                                recordedAt: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                            } | null;
                            cases: {
                                closedAt: string | null;
                                id: string;
                                openedAt: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            }[];
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            id: string;
                            lines: {
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                name: string;
                                quantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            plan: {
                                promiseDate: string | null;
                                stages: {
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    plannedEnd: string;
                                    plannedStart: string;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                }[];
                            } | null;
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            requestedDeliveryDate: string | null;
                            review: {
                                /** @enum {string} */
                                status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                                steps: {
                                    decidedAt: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                }[];
                            } | null;
                            shipments: {
                                carrier: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            survey: {
                                expiresAt: string;
                                questions: string[];
                                /** @enum {string} */
                                status: "open" | "answered" | "expired";
                            } | null;
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer I order for, with its delivery addresses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addresses: {
                                city?: string;
                                country?: string;
                                district?: string;
                                isDefault?: boolean;
                                label?: string;
                                line1: string;
                                phone?: string;
                                postalCode?: string;
                                recipient?: string;
                                region?: string;
                            }[];
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/magic-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email me a sign-in link
         * @description Mails a portal user a one-time link that signs them in within 15 minutes. Always answers 202, whether or not the address has an account: the request only queues the job (portal.send_sign_in_link) that looks the address up and mails the link, so its timing is the same for every address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/magic-link/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom a sign-in link signs in, without using it
         * @description What the portal page a mailed link opens shows before the person presses Continue; looking does not use the link up, so a mail scanner fetching it changes nothing. 404 sign_in_link_unknown, 410 sign_in_link_used or sign_in_link_expired.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerName: string;
                            email: string;
                            expiresAt: string;
                            name: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in with a sign-in link; sets the session cookie
         * @description A link works once and until it expires. 404 sign_in_link_unknown, 410 sign_in_link_used or sign_in_link_expired.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                            user: {
                                createdAt: string;
                                customerId: string | null;
                                email: string;
                                id: string;
                                locale: string;
                                name: string;
                                roles: string[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My orders, newest first */
        get: {
            parameters: {
                query: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                firstLine: {
                                    /** @description Lines on the order in all */
                                    lineCount: number;
                                    name: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                } | null;
                                /**
                                 * @description Schedule health: late or at risk colours the order
                                 * @enum {string}
                                 */
                                health: "on_track" | "at_risk" | "late" | "done";
                                id: string;
                                number: string;
                                promisedDeliveryDate: string | null;
                                receivedAt: string;
                                requestedDeliveryDate: string | null;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                                totals: {
                                    currency: string;
                                    discountMinor: number;
                                    subtotalMinor: number;
                                    totalMinor: number;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Place an order at list prices
         * @description The order is taken in like any other (channel portal, unpaid) for my customer. With an Idempotency-Key a retry returns the same order.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact?: {
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                        };
                        delivery?: {
                            address?: {
                                city?: string;
                                country?: string;
                                district?: string;
                                label?: string;
                                line1: string;
                                phone?: string;
                                postalCode?: string;
                                recipient?: string;
                                region?: string;
                            };
                            /** @enum {string} */
                            method: "ship" | "pickup";
                        };
                        /** @description My own purchase order number */
                        externalRef?: string;
                        lines: {
                            /** Format: uuid */
                            productId: string;
                            quantity: number;
                        }[];
                        requestedDeliveryDate?: string | null;
                        specialRequirements?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptance: {
                                comment: string | null;
                                lines: {
                                    acceptedQuantity: number;
                                    comment: string | null;
                                    deliveredQuantity: number;
                                    lineId: string;
                                    lineNo: number;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "partial";
                                    sku: string;
                                }[];
                                photos: {
                                    fileName: string;
                                    id: string;
                                    uploadedAt: string;
                                }[];
                                recordedAt: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                            } | null;
                            cases: {
                                closedAt: string | null;
                                id: string;
                                openedAt: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            }[];
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            id: string;
                            lines: {
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                name: string;
                                quantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            plan: {
                                promiseDate: string | null;
                                stages: {
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    plannedEnd: string;
                                    plannedStart: string;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                }[];
                            } | null;
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            requestedDeliveryDate: string | null;
                            review: {
                                /** @enum {string} */
                                status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                                steps: {
                                    decidedAt: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                }[];
                            } | null;
                            shipments: {
                                carrier: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            survey: {
                                expiresAt: string;
                                questions: string[];
                                /** @enum {string} */
                                status: "open" | "answered" | "expired";
                            } | null;
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptance: {
                                comment: string | null;
                                lines: {
                                    acceptedQuantity: number;
                                    comment: string | null;
                                    deliveredQuantity: number;
                                    lineId: string;
                                    lineNo: number;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "partial";
                                    sku: string;
                                }[];
                                photos: {
                                    fileName: string;
                                    id: string;
                                    uploadedAt: string;
                                }[];
                                recordedAt: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                            } | null;
                            cases: {
                                closedAt: string | null;
                                id: string;
                                openedAt: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            }[];
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            id: string;
                            lines: {
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                name: string;
                                quantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            plan: {
                                promiseDate: string | null;
                                stages: {
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    plannedEnd: string;
                                    plannedStart: string;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                }[];
                            } | null;
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            requestedDeliveryDate: string | null;
                            review: {
                                /** @enum {string} */
                                status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                                steps: {
                                    decidedAt: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                }[];
                            } | null;
                            shipments: {
                                carrier: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            survey: {
                                expiresAt: string;
                                questions: string[];
                                /** @enum {string} */
                                status: "open" | "answered" | "expired";
                            } | null;
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my orders: review progress, plan, tracking, acceptance and cases
         * @description Another customer's order is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptance: {
                                comment: string | null;
                                lines: {
                                    acceptedQuantity: number;
                                    comment: string | null;
                                    deliveredQuantity: number;
                                    lineId: string;
                                    lineNo: number;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "partial";
                                    sku: string;
                                }[];
                                photos: {
                                    fileName: string;
                                    id: string;
                                    uploadedAt: string;
                                }[];
                                recordedAt: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                            } | null;
                            cases: {
                                closedAt: string | null;
                                id: string;
                                openedAt: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            }[];
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            id: string;
                            lines: {
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                name: string;
                                quantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            plan: {
                                promiseDate: string | null;
                                stages: {
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    plannedEnd: string;
                                    plannedStart: string;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                }[];
                            } | null;
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            requestedDeliveryDate: string | null;
                            review: {
                                /** @enum {string} */
                                status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                                steps: {
                                    decidedAt: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                }[];
                            } | null;
                            shipments: {
                                carrier: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            survey: {
                                expiresAt: string;
                                questions: string[];
                                /** @enum {string} */
                                status: "open" | "answered" | "expired";
                            } | null;
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a delivered order, per line pass, fail or partial
         * @description A fail or partial line opens an after-sales case, due for contact within 2 h.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        lines: {
                            acceptedQuantity?: number;
                            comment?: string;
                            /** Format: uuid */
                            lineId: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "partial";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptance: {
                                comment: string | null;
                                lines: {
                                    acceptedQuantity: number;
                                    comment: string | null;
                                    deliveredQuantity: number;
                                    lineId: string;
                                    lineNo: number;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "partial";
                                    sku: string;
                                }[];
                                photos: {
                                    fileName: string;
                                    id: string;
                                    uploadedAt: string;
                                }[];
                                recordedAt: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                            } | null;
                            cases: {
                                closedAt: string | null;
                                id: string;
                                openedAt: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            }[];
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            id: string;
                            lines: {
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                name: string;
                                quantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            plan: {
                                promiseDate: string | null;
                                stages: {
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    plannedEnd: string;
                                    plannedStart: string;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                }[];
                            } | null;
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            requestedDeliveryDate: string | null;
                            review: {
                                /** @enum {string} */
                                status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                                steps: {
                                    decidedAt: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                }[];
                            } | null;
                            shipments: {
                                carrier: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            survey: {
                                expiresAt: string;
                                questions: string[];
                                /** @enum {string} */
                                status: "open" | "answered" | "expired";
                            } | null;
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}/acceptance/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach photos of my delivery to my acceptance (multipart/form-data, one or more files)
         * @description Once the acceptance is recorded (404 before, and for another customer's order). Every file of the request is stored, or none: image/jpeg, image/png, image/webp, image/heic, application/pdf (told by the content, not the declared type; 415 unsupported_file_type), at most 10485760 bytes each (413 file_too_large), at most 10 per acceptance (413 too_many_files).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptance: {
                                comment: string | null;
                                lines: {
                                    acceptedQuantity: number;
                                    comment: string | null;
                                    deliveredQuantity: number;
                                    lineId: string;
                                    lineNo: number;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "partial";
                                    sku: string;
                                }[];
                                photos: {
                                    fileName: string;
                                    id: string;
                                    uploadedAt: string;
                                }[];
                                recordedAt: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                            } | null;
                            cases: {
                                closedAt: string | null;
                                id: string;
                                openedAt: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            }[];
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            id: string;
                            lines: {
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                name: string;
                                quantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            plan: {
                                promiseDate: string | null;
                                stages: {
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    plannedEnd: string;
                                    plannedStart: string;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                }[];
                            } | null;
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            requestedDeliveryDate: string | null;
                            review: {
                                /** @enum {string} */
                                status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                                steps: {
                                    decidedAt: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                }[];
                            } | null;
                            shipments: {
                                carrier: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            survey: {
                                expiresAt: string;
                                questions: string[];
                                /** @enum {string} */
                                status: "open" | "answered" | "expired";
                            } | null;
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My order's files */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string | null;
                                /** @description Told by the content, not the declared type */
                                contentType: string;
                                fileName: string;
                                id: string;
                                /** @enum {string} */
                                kind: "signed_confirmation" | "drawing" | "logo" | "photo" | "other";
                                orderId: string | null;
                                sha256: string;
                                sizeBytes: number;
                                /** @enum {string} */
                                source: "staff" | "portal";
                                uploadedAt: string;
                                uploadedBy: string | null;
                                uploadedByLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach files to my order (multipart/form-data)
         * @description Every file of the request is stored, or none: application/pdf, image/png, image/jpeg, image/webp, image/heic (told by the content, not the declared type, and the name's extension must agree with it; 415 unsupported_file_type), at most 20971520 bytes each (413 file_too_large), 10 per request and 20 in all (413 too_many_files). The kind (query) applies to every file of the request.
         */
        post: {
            parameters: {
                query?: {
                    /** @description What the files are (default other); the same for every file of the request */
                    kind?: "signed_confirmation" | "drawing" | "logo" | "photo" | "other";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string | null;
                                /** @description Told by the content, not the declared type */
                                contentType: string;
                                fileName: string;
                                id: string;
                                /** @enum {string} */
                                kind: "signed_confirmation" | "drawing" | "logo" | "photo" | "other";
                                orderId: string | null;
                                sha256: string;
                                sizeBytes: number;
                                /** @enum {string} */
                                source: "staff" | "portal";
                                uploadedAt: string;
                                uploadedBy: string | null;
                                uploadedByLabel: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One file of my order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an after-sales case about my order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary: string;
                        /** @enum {string} */
                        type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptance: {
                                comment: string | null;
                                lines: {
                                    acceptedQuantity: number;
                                    comment: string | null;
                                    deliveredQuantity: number;
                                    lineId: string;
                                    lineNo: number;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "partial";
                                    sku: string;
                                }[];
                                photos: {
                                    fileName: string;
                                    id: string;
                                    uploadedAt: string;
                                }[];
                                recordedAt: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                            } | null;
                            cases: {
                                closedAt: string | null;
                                id: string;
                                openedAt: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            }[];
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            id: string;
                            lines: {
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                name: string;
                                quantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            plan: {
                                promiseDate: string | null;
                                stages: {
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    plannedEnd: string;
                                    plannedStart: string;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                }[];
                            } | null;
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            requestedDeliveryDate: string | null;
                            review: {
                                /** @enum {string} */
                                status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                                steps: {
                                    decidedAt: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                }[];
                            } | null;
                            shipments: {
                                carrier: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            survey: {
                                expiresAt: string;
                                questions: string[];
                                /** @enum {string} */
                                status: "open" | "answered" | "expired";
                            } | null;
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate my delivered order: the satisfaction survey, answered in the portal instead of through the mailed link
         * @description Once per order, while the survey is open: 404 before it is sent, 409 survey_answered after an answer (by link or here), 410 survey_link_expired after it closes. A score of 2 or less opens a complaint case.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comments?: string;
                        deliveryTimeliness: number;
                        productQuality: number;
                        responseSpeed: number;
                        serviceAttitude: number;
                        suggestions?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptance: {
                                comment: string | null;
                                lines: {
                                    acceptedQuantity: number;
                                    comment: string | null;
                                    deliveredQuantity: number;
                                    lineId: string;
                                    lineNo: number;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "partial";
                                    sku: string;
                                }[];
                                photos: {
                                    fileName: string;
                                    id: string;
                                    uploadedAt: string;
                                }[];
                                recordedAt: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "partial";
                            } | null;
                            cases: {
                                closedAt: string | null;
                                id: string;
                                openedAt: string;
                                resolution: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "awaiting_confirmation" | "closed";
                                /** @description What the case is about: as typed, or in English for a case Ordo opened */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "consultation" | "return" | "exchange" | "repair" | "reshipment" | "refund" | "complaint" | "quality" | "damage" | "wrong_item" | "missing" | "installation";
                            }[];
                            delivery: {
                                address: {
                                    city?: string;
                                    country?: string;
                                    district?: string;
                                    isDefault?: boolean;
                                    label?: string;
                                    line1: string;
                                    phone?: string;
                                    postalCode?: string;
                                    recipient?: string;
                                    region?: string;
                                } | null;
                                /** @enum {string} */
                                method: "ship" | "pickup";
                            };
                            id: string;
                            lines: {
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineNo: number;
                                name: string;
                                quantity: number;
                                shippedQuantity: number;
                                sku: string;
                                totalMinor: number;
                                unit: string;
                                unitPriceMinor: number;
                            }[];
                            number: string;
                            plan: {
                                promiseDate: string | null;
                                stages: {
                                    actualEnd: string | null;
                                    actualStart: string | null;
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    plannedEnd: string;
                                    plannedStart: string;
                                    /** @enum {string} */
                                    status: "pending" | "in_progress" | "delayed" | "blocked" | "done" | "cancelled";
                                }[];
                            } | null;
                            promisedDeliveryDate: string | null;
                            receivedAt: string;
                            requestedDeliveryDate: string | null;
                            review: {
                                /** @enum {string} */
                                status: "in_progress" | "approved" | "rejected" | "returned" | "cancelled";
                                steps: {
                                    decidedAt: string | null;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @enum {string} */
                                    status: "pending" | "waiting" | "approved" | "rejected" | "returned" | "not_reached" | "superseded";
                                }[];
                            } | null;
                            shipments: {
                                carrier: string;
                                deliveredAt: string | null;
                                events: {
                                    at: string;
                                    location: string | null;
                                    /** @enum {string} */
                                    status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                }[];
                                id: string;
                                lines: {
                                    lineNo: number;
                                    name: string;
                                    quantity: number;
                                    sku: string;
                                    unit: string;
                                }[];
                                shippedAt: string;
                                /** @enum {string} */
                                status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                                trackingNumber: string;
                            }[];
                            /** @enum {string} */
                            status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            survey: {
                                expiresAt: string;
                                questions: string[];
                                /** @enum {string} */
                                status: "open" | "answered" | "expired";
                            } | null;
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/orders/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What these lines would cost and the delivery date Ordo can promise for them, before I order
         * @description The same prices and promise intake would give now, from stock, the stages and the production queue. Writes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            /** Format: uuid */
                            productId: string;
                            quantity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            promiseDate: string | null;
                            reasoning: ({
                                /** @description The factor said in words with its numbers */
                                explanation: string;
                                /** @enum {string} */
                                factor: "stock";
                                inStock: number;
                                quantity: number;
                                shortUnits: number;
                                sku: string;
                            } | {
                                /** @description The factor said in words with its numbers */
                                explanation: string;
                                /** @enum {string} */
                                factor: "calendar";
                                start: string;
                            } | {
                                days: number;
                                /** @description The factor said in words with its numbers */
                                explanation: string;
                                /** @enum {string} */
                                factor: "stage";
                                plannedEnd: string;
                                plannedStart: string;
                                /** @description Where the days come from: the template, or a product lead time */
                                source: string;
                                stage: string;
                                stageName: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            } | {
                                activeLines: number;
                                coveredOn: string | null;
                                /** @description The factor said in words with its numbers */
                                explanation: string;
                                /** @enum {string} */
                                factor: "capacity";
                                stage: string;
                                stageName: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                units: number;
                                unitsAhead: number;
                            })[];
                            /** @description What the order would cost at today's prices */
                            totals: {
                                currency: string;
                                discountMinor: number;
                                subtotalMinor: number;
                                totalMinor: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I have a password, and whether this session may set one without the current password */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Whether I have chosen a password */
                            set: boolean;
                            withoutCurrentUntil: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Set or change my password; my other sessions end and my API tokens are revoked
         * @description Needs currentPassword, except once in the first 30 minutes of a session opened by a sign-in link (first password, or forgot password: ask for a link, then set a new one). 403 current_password_required or current_password_wrong; 422 weak_password naming /newPassword and the rule it breaks; 429 sign_in_throttled (with Retry-After) after too many wrong current passwords.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword?: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Whether I have chosen a password */
                            set: boolean;
                            withoutCurrentUntil: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products I can order, by name, SKU or model */
        get: {
            parameters: {
                query: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                currency: string;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                model: string | null;
                                name: string;
                                priceMinor: number;
                                sku: string;
                                /** @description A code from the unit list; a product saved before the list keeps the word it was given */
                                unit: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/sign-in-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which ways of signing in the portal offers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Whether "email me a sign-in link" can work: a mail server is configured */
                            emailLinks: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/production-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Production lines by code */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** @enum {string} */
                                capacityUnit: "units" | "hours";
                                code: string;
                                createdAt: string;
                                defaultDailyCapacity: number;
                                id: string;
                                name: string;
                                updatedAt: string;
                                version: number;
                                workingWeekdays: number[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a production line with its default daily capacity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /**
                         * @description What the capacity counts: units (default) or hours per day
                         * @enum {string}
                         */
                        capacityUnit?: "units" | "hours";
                        code: string;
                        defaultDailyCapacity: number;
                        name: string;
                        /** @description ISO weekdays the default applies to (1 = Monday); Monday–Friday if omitted */
                        workingWeekdays?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            capacityUnit: "units" | "hours";
                            code: string;
                            createdAt: string;
                            defaultDailyCapacity: number;
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                            workingWeekdays: number[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/production-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One production line */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            capacityUnit: "units" | "hours";
                            code: string;
                            createdAt: string;
                            defaultDailyCapacity: number;
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                            workingWeekdays: number[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a production line; send If-Match with the version you edited */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /**
                         * @description What the capacity counts: units (default) or hours per day
                         * @enum {string}
                         */
                        capacityUnit?: "units" | "hours";
                        code?: string;
                        defaultDailyCapacity?: number;
                        name?: string;
                        /** @description ISO weekdays the default applies to (1 = Monday); Monday–Friday if omitted */
                        workingWeekdays?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            capacityUnit: "units" | "hours";
                            code: string;
                            createdAt: string;
                            defaultDailyCapacity: number;
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                            workingWeekdays: number[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/production-lines/{id}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a line's capacity for every day of a range (a holiday: 0; an extra shift: more)
         * @description Refused with 409 capacity_below_booked, writing nothing, when a day has more units booked than the new capacity.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        capacityUnits: number;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD
                         */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bookedUnits: number;
                                /** @enum {string} */
                                capacityUnit: "units" | "hours";
                                capacityUnits: number;
                                date: string;
                                freeUnits: number;
                                lineCode: string;
                                lineId: string;
                                /** @enum {string} */
                                source: "default" | "set";
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/production-lines/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The capacity calendar of every active line (or one line) for a range of days */
        get: {
            parameters: {
                query: {
                    /** @description A calendar date, YYYY-MM-DD */
                    from: string;
                    lineId?: string;
                    /** @description A calendar date, YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bookedUnits: number;
                                /** @enum {string} */
                                capacityUnit: "units" | "hours";
                                capacityUnits: number;
                                date: string;
                                freeUnits: number;
                                lineCode: string;
                                lineId: string;
                                /** @enum {string} */
                                source: "default" | "set";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products with filters: by name, or sorted by SKU, price or creation time */
        get: {
            parameters: {
                query?: {
                    active?: boolean;
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    kind?: "stock" | "made_to_order" | "service";
                    /** @description Page size (1–200) */
                    limit?: number;
                    /** @description asc or desc (default asc) */
                    order?: "asc" | "desc";
                    /** @description Part of the name, SKU or model */
                    q?: string;
                    /** @description The column to sort by (default name) */
                    sort?: "name" | "sku" | "price" | "created";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                category: string | null;
                                createdAt: string;
                                currency: string;
                                id: string;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                leadTimes: {
                                    [key: string]: number;
                                };
                                model: string | null;
                                name: string;
                                priceMinor: number;
                                sku: string;
                                /** @description A code from the unit list; a product saved before the list keeps the word it was given */
                                unit: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        category?: string | null;
                        /** @description ISO 4217 code, e.g. CNY */
                        currency?: string;
                        /** @enum {string} */
                        kind: "stock" | "made_to_order" | "service";
                        /** @description Default working days per plan stage, e.g. {"production": 3, "qc": 1, "logistics": 2} */
                        leadTimes?: {
                            [key: string]: number;
                        };
                        model?: string | null;
                        name: string;
                        priceMinor: number;
                        sku: string;
                        /**
                         * @description Unit of measure from a fixed list; 件 (piece) when left out
                         * @enum {string}
                         */
                        unit?: "件" | "台" | "套" | "个" | "箱" | "包" | "盒" | "袋" | "瓶" | "桶" | "卷" | "张" | "条" | "根" | "对" | "批" | "米" | "平方米" | "千克" | "吨" | "升" | "次" | "小时" | "天" | "月" | "年";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            category: string | null;
                            createdAt: string;
                            currency: string;
                            id: string;
                            /** @enum {string} */
                            kind: "stock" | "made_to_order" | "service";
                            leadTimes: {
                                [key: string]: number;
                            };
                            model: string | null;
                            name: string;
                            priceMinor: number;
                            sku: string;
                            /** @description A code from the unit list; a product saved before the list keeps the word it was given */
                            unit: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            category: string | null;
                            createdAt: string;
                            currency: string;
                            id: string;
                            /** @enum {string} */
                            kind: "stock" | "made_to_order" | "service";
                            leadTimes: {
                                [key: string]: number;
                            };
                            model: string | null;
                            name: string;
                            priceMinor: number;
                            sku: string;
                            /** @description A code from the unit list; a product saved before the list keeps the word it was given */
                            unit: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product; send If-Match with the version you edited */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        category?: string | null;
                        /** @description ISO 4217 code, e.g. CNY */
                        currency?: string;
                        /** @enum {string} */
                        kind?: "stock" | "made_to_order" | "service";
                        /** @description Default working days per plan stage, e.g. {"production": 3, "qc": 1, "logistics": 2} */
                        leadTimes?: {
                            [key: string]: number;
                        };
                        model?: string | null;
                        name?: string;
                        priceMinor?: number;
                        sku?: string;
                        /**
                         * @description Unit of measure from a fixed list; 件 (piece) when left out
                         * @enum {string}
                         */
                        unit?: "件" | "台" | "套" | "个" | "箱" | "包" | "盒" | "袋" | "瓶" | "桶" | "卷" | "张" | "条" | "根" | "对" | "批" | "米" | "平方米" | "千克" | "吨" | "升" | "次" | "小时" | "天" | "月" | "年";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            category: string | null;
                            createdAt: string;
                            currency: string;
                            id: string;
                            /** @enum {string} */
                            kind: "stock" | "made_to_order" | "service";
                            leadTimes: {
                                [key: string]: number;
                            };
                            model: string | null;
                            name: string;
                            priceMinor: number;
                            sku: string;
                            /** @description A code from the unit list; a product saved before the list keeps the word it was given */
                            unit: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products/{id}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** On hand, reserved and available */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            onHand: number;
                            productId: string;
                            reserved: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock ledger of a product, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actorId: string | null;
                                at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "receipt" | "adjustment" | "reservation" | "release" | "shipment" | "return";
                                onHandAfter: number;
                                onHandDelta: number;
                                orderId: string | null;
                                productId: string;
                                reason: string | null;
                                reservedAfter: number;
                                reservedDelta: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many products the list holds under the same filters (the table's total) */
        get: {
            parameters: {
                query?: {
                    active?: boolean;
                    kind?: "stock" | "made_to_order" | "service";
                    /** @description Part of the name, SKU or model */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The product list as a file: every product the filters select, in the list's sort, as XLSX or CSV
         * @description Takes the list's filters and sort, the columns to write (in order) and the language of headers and cells. The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.
         */
        get: {
            parameters: {
                query: {
                    active?: boolean;
                    /** @description Comma-separated columns in the order wanted (the view's visible columns); all when left out: sku, name, model, kind, category, price, currency, unit, active, created */
                    columns?: string;
                    format: "xlsx" | "csv";
                    kind?: "stock" | "made_to_order" | "service";
                    /** @description The language of headers and cells; by default the reader's chosen language, else the browser's (Accept-Language) */
                    lang?: "zh-CN" | "en";
                    /** @description asc or desc (default asc) */
                    order?: "asc" | "desc";
                    /** @description Part of the name, SKU or model */
                    q?: string;
                    /** @description The column to sort by (default name) */
                    sort?: "name" | "sku" | "price" | "created";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receivables/ageing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open receivables by days overdue (current, 1–30, 31–60, 61–90, over 90), per customer and currency
         * @description Due dates follow each customer’s payment terms: prepaid on the order day, cash on delivery on the delivery day, net N days after delivery.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The day the ageing is counted to (company time zone) */
                            asOf: string;
                            rows: {
                                buckets: {
                                    current: number;
                                    days_1_30: number;
                                    days_31_60: number;
                                    days_61_90: number;
                                    days_over_90: number;
                                };
                                currency: string;
                                customerId: string;
                                customerName: string;
                                orders: number;
                                totalMinor: number;
                            }[];
                            totals: {
                                buckets: {
                                    current: number;
                                    days_1_30: number;
                                    days_31_60: number;
                                    days_61_90: number;
                                    days_over_90: number;
                                };
                                currency: string;
                                totalMinor: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Improvement actions by due date, each with its figure so far this month against its baseline */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                    /** @description Only actions open past their due date */
                    overdue?: boolean;
                    /** @description An owner's id, or `me` */
                    owner?: string | "me";
                    status?: "open" | "done" | "dropped";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                baseline: number;
                                closedAt: string | null;
                                closingNote: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                currency: string | null;
                                dimension: string | null;
                                /** @enum {string} */
                                direction: "up" | "down";
                                /** Format: date */
                                dueDate: string;
                                figureKey: string;
                                fromMonth: string;
                                /** Format: uuid */
                                id: string;
                                latest: {
                                    change: number | null;
                                    month: string;
                                    movedRightWay: boolean | null;
                                    value: number | null;
                                } | null;
                                /** @enum {string} */
                                metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                                note: string | null;
                                overdue: boolean;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string | null;
                                };
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
                                target: number;
                                title: string;
                                /** @enum {string} */
                                unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an improvement action from a month's figure: its baseline is the figure's value that month
         * @description 422 action_figure_unknown: the month has no such figure; 422 action_baseline_missing: the figure had no value; 422 action_target_wrong_way: the target is not beyond the baseline in the direction; 422 action_owner_unknown; 422 action_due_past.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string;
                        dimension?: string;
                        /** @enum {string} */
                        direction: "up" | "down";
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD
                         */
                        dueDate: string;
                        /** @description YYYY-MM */
                        fromMonth: string;
                        /** @enum {string} */
                        metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                        note?: string;
                        /** Format: uuid */
                        ownerId: string;
                        target: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseline: number;
                            closedAt: string | null;
                            closingNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string | null;
                            dimension: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            /** Format: date */
                            dueDate: string;
                            figureKey: string;
                            fromMonth: string;
                            /** Format: uuid */
                            id: string;
                            latest: {
                                change: number | null;
                                month: string;
                                movedRightWay: boolean | null;
                                value: number | null;
                            } | null;
                            /** @enum {string} */
                            metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                            note: string | null;
                            overdue: boolean;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                            };
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            target: number;
                            title: string;
                            /** @enum {string} */
                            unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One improvement action */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseline: number;
                            closedAt: string | null;
                            closingNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string | null;
                            dimension: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            /** Format: date */
                            dueDate: string;
                            figureKey: string;
                            fromMonth: string;
                            /** Format: uuid */
                            id: string;
                            latest: {
                                change: number | null;
                                month: string;
                                movedRightWay: boolean | null;
                                value: number | null;
                            } | null;
                            /** @enum {string} */
                            metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                            note: string | null;
                            overdue: boolean;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                            };
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            target: number;
                            title: string;
                            /** @enum {string} */
                            unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an open improvement action; send If-Match with the version you edited */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        direction?: "up" | "down";
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD
                         */
                        dueDate?: string;
                        note?: string | null;
                        /** Format: uuid */
                        ownerId?: string;
                        target?: number;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseline: number;
                            closedAt: string | null;
                            closingNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string | null;
                            dimension: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            /** Format: date */
                            dueDate: string;
                            figureKey: string;
                            fromMonth: string;
                            /** Format: uuid */
                            id: string;
                            latest: {
                                change: number | null;
                                month: string;
                                movedRightWay: boolean | null;
                                value: number | null;
                            } | null;
                            /** @enum {string} */
                            metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                            note: string | null;
                            overdue: boolean;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                            };
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            target: number;
                            title: string;
                            /** @enum {string} */
                            unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/reports/actions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an open action done, saying what was done (its owner or a manager)
         * @description 409 action_transition_invalid: the action is already done or dropped; 403 action_owner_only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseline: number;
                            closedAt: string | null;
                            closingNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string | null;
                            dimension: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            /** Format: date */
                            dueDate: string;
                            figureKey: string;
                            fromMonth: string;
                            /** Format: uuid */
                            id: string;
                            latest: {
                                change: number | null;
                                month: string;
                                movedRightWay: boolean | null;
                                value: number | null;
                            } | null;
                            /** @enum {string} */
                            metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                            note: string | null;
                            overdue: boolean;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                            };
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            target: number;
                            title: string;
                            /** @enum {string} */
                            unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/actions/{id}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop an open action, saying why (a manager)
         * @description 409 action_transition_invalid: the action is already done or dropped; 403 action_owner_only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseline: number;
                            closedAt: string | null;
                            closingNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string | null;
                            dimension: string | null;
                            /** @enum {string} */
                            direction: "up" | "down";
                            /** Format: date */
                            dueDate: string;
                            figureKey: string;
                            fromMonth: string;
                            /** Format: uuid */
                            id: string;
                            latest: {
                                change: number | null;
                                month: string;
                                movedRightWay: boolean | null;
                                value: number | null;
                            } | null;
                            /** @enum {string} */
                            metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                            note: string | null;
                            overdue: boolean;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                            };
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            target: number;
                            title: string;
                            /** @enum {string} */
                            unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/bottlenecks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where time goes in a period: plan stages and review steps (median, p90), delays by stage, cause and department, role inboxes, and per-person figures */
        get: {
            parameters: {
                query?: {
                    /** @description First business day of the period (YYYY-MM-DD, company time zone) */
                    from?: string;
                    /** @description Last business day of the period, inclusive; at most 24 months after from */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delays: {
                                byCategory: {
                                    days: number;
                                    delays: number;
                                    key: string;
                                    orderIds: string[];
                                }[];
                                byCause: {
                                    days: number;
                                    delays: number;
                                    key: string;
                                    orderIds: string[];
                                }[];
                                byDepartment: {
                                    days: number;
                                    delays: number;
                                    key: string;
                                    orderIds: string[];
                                }[];
                                byStage: {
                                    days: number;
                                    delays: number;
                                    key: string;
                                    orderIds: string[];
                                }[];
                            };
                            from: string;
                            inboxes: {
                                decided: number;
                                medianSeconds: number | null;
                                oldestWaitingSince: string | null;
                                p90Seconds: number | null;
                                role: string;
                                waiting: number;
                            }[];
                            orderNumbers: {
                                [key: string]: string;
                            };
                            people: {
                                casesOwned: number;
                                casesResolved: number;
                                decisions: number;
                                medianResolutionSeconds: number | null;
                                medianResponseSeconds: number | null;
                                name: string;
                                ordersHandled: number;
                                slaDue: number;
                                slaHitRate: number | null;
                                userId: string;
                            }[];
                            reviewSteps: {
                                decided: number;
                                key: string;
                                medianSeconds: number | null;
                                p90Seconds: number | null;
                                role: string;
                                steps: number;
                            }[];
                            stages: {
                                finished: number;
                                key: string;
                                late: number;
                                lateOrderIds: string[];
                                medianSeconds: number | null;
                                ownerRole: string;
                                p90Seconds: number | null;
                                stages: number;
                            }[];
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A month's figures against the month before: as JSON, or as an XLSX, CSV or PDF file
         * @description A closed month is answered from its snapshot; the current month and months not closed yet are computed now. Every figure has a key; `GET /api/v1/reports/monthly/orders` lists the orders behind it. Definitions: README, "Monthly report".
         */
        get: {
            parameters: {
                query: {
                    /** @description json (default), xlsx, csv or pdf */
                    format?: string;
                    /** @description The file's language; default the reader's */
                    lang?: "zh-CN" | "en";
                    /** @description YYYY-MM, a month that has begun */
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as JSON, or the file the format asks for */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            computedAt: string;
                            computedBy: string | null;
                            figures: {
                                change: number | null;
                                currency: string | null;
                                dimension: string | null;
                                key: string;
                                label: string | null;
                                /** @enum {string} */
                                metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                                orders: number;
                                previous: number | null;
                                /** @enum {string} */
                                unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                                value: number | null;
                            }[];
                            improvementActions: {
                                baseline: number;
                                change: number | null;
                                currency: string | null;
                                dimension: string | null;
                                /** @enum {string} */
                                direction: "up" | "down";
                                /** Format: date */
                                dueDate: string;
                                figureKey: string;
                                fromMonth: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                                movedRightWay: boolean | null;
                                ownerName: string | null;
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
                                target: number;
                                targetMet: boolean | null;
                                title: string;
                                /** @enum {string} */
                                unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                                value: number | null;
                            }[];
                            /** @description YYYY-MM */
                            month: string;
                            previousMonth: string;
                            revision: number;
                            /** @enum {string} */
                            state: "open" | "closed";
                            timeZone: string;
                        };
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly/{month}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recomputes a closed month's snapshot from the data as it is now (audited); the month's report changes only this way */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM */
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            computedAt: string;
                            computedBy: string | null;
                            figures: {
                                change: number | null;
                                currency: string | null;
                                dimension: string | null;
                                key: string;
                                label: string | null;
                                /** @enum {string} */
                                metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                                orders: number;
                                previous: number | null;
                                /** @enum {string} */
                                unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                                value: number | null;
                            }[];
                            improvementActions: {
                                baseline: number;
                                change: number | null;
                                currency: string | null;
                                dimension: string | null;
                                /** @enum {string} */
                                direction: "up" | "down";
                                /** Format: date */
                                dueDate: string;
                                figureKey: string;
                                fromMonth: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                metric: "orders.total" | "orders.byChannel" | "orders.byType" | "orders.byPriority" | "response.averageHours" | "response.medianHours" | "deliveryCycle.averageDays" | "exceptions.count" | "exceptions.rate" | "satisfaction.average" | "onTime.rate" | "onTime.lateCount" | "sla.hitRate" | "complaints.byProduct" | "logistics.costByCarrier" | "logistics.costPerOrderByCarrier" | "logistics.costPerOrder";
                                movedRightWay: boolean | null;
                                ownerName: string | null;
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
                                target: number;
                                targetMet: boolean | null;
                                title: string;
                                /** @enum {string} */
                                unit: "count" | "hours" | "days" | "ratio" | "score" | "money";
                                value: number | null;
                            }[];
                            /** @description YYYY-MM */
                            month: string;
                            previousMonth: string;
                            revision: number;
                            /** @enum {string} */
                            state: "open" | "closed";
                            timeZone: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The orders behind one figure of a month (its drill-down), as the report counted them */
        get: {
            parameters: {
                query: {
                    /** @description A figure's key, as the report gives it */
                    figure: string;
                    /** @description YYYY-MM */
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            figure: string;
                            items: {
                                channel: string;
                                customerName: string;
                                /** Format: uuid */
                                id: string;
                                number: string | null;
                                priorityLevel: string;
                                /** Format: date-time */
                                receivedAt: string;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            month: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Process mining over the orders received in a period: directly-follows graph with edge times, variants, rework loops and conformance to the state table */
        get: {
            parameters: {
                query?: {
                    /** @description First business day of the period (YYYY-MM-DD, company time zone) */
                    from?: string;
                    /** @description Last business day of the period, inclusive; at most 24 months after from */
                    to?: string;
                    /** @description Only orders of this type: standard, custom or urgent */
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cases: number;
                            conformance: {
                                conforming: number;
                                deviations: {
                                    action: string;
                                    at: string;
                                    event: string;
                                    from: string;
                                    orderId: string;
                                    orderNumber: string | null;
                                    reason: "not_in_state_table" | "not_from_current_status";
                                    to: string;
                                }[];
                                transitions: number;
                            };
                            edges: {
                                cases: number;
                                from: string;
                                medianSeconds: number | null;
                                occurrences: number;
                                orderIds: string[];
                                p90Seconds: number | null;
                                to: string;
                            }[];
                            from: string;
                            nodes: {
                                cases: number;
                                /** @enum {string} */
                                status: "received" | "awaiting_entry_check" | "exception" | "under_review" | "approved" | "planned" | "in_progress" | "ready_to_ship" | "partially_shipped" | "shipped" | "in_service" | "delivered" | "accepted" | "acceptance_failed" | "after_sales" | "completed" | "cancelled";
                            }[];
                            orderNumbers: {
                                [key: string]: string | null;
                            };
                            rework: {
                                cases: number;
                                event: string;
                                from: string;
                                occurrences: number;
                                orderIds: string[];
                                to: string;
                            }[];
                            slowest: {
                                code: string;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                params: {
                                    [key: string]: unknown;
                                };
                                sentence: string;
                            } | null;
                            to: string;
                            type: string | null;
                            variants: {
                                cases: number;
                                orderIds: string[];
                                path: string[];
                                share: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive and inspect returned goods: restock (back on hand, a `return` stock movement) or scrap, per line */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            /** @enum {string} */
                            disposition: "restock" | "scrap";
                            /** Format: uuid */
                            lineId: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorisedAt: string;
                            caseId: string;
                            currency: string;
                            id: string;
                            lines: {
                                disposition: ("restock" | "scrap") | null;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineId: string;
                                lineNo: number;
                                productId: string;
                                quantity: number;
                                sku: string;
                            }[];
                            orderId: string;
                            reason: string;
                            receivedAt: string | null;
                            refundedAt: string | null;
                            refundMinor: number | null;
                            /** @enum {string} */
                            status: "authorised" | "received" | "refunded";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a received return, in minor units of the order’s currency
         * @description 422 refund_exceeds_paid: more than the order is worth less earlier refunds.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountMinor: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorisedAt: string;
                            caseId: string;
                            currency: string;
                            id: string;
                            lines: {
                                disposition: ("restock" | "scrap") | null;
                                /** @enum {string} */
                                kind: "stock" | "made_to_order" | "service";
                                lineId: string;
                                lineNo: number;
                                productId: string;
                                quantity: number;
                                sku: string;
                            }[];
                            orderId: string;
                            reason: string;
                            receivedAt: string | null;
                            refundedAt: string | null;
                            refundMinor: number | null;
                            /** @enum {string} */
                            status: "authorised" | "received" | "refunded";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current review chain of every order type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string | null;
                                createdBy: string | null;
                                /** @enum {string} */
                                orderType: "standard" | "custom" | "urgent";
                                steps: {
                                    /** @enum {string} */
                                    check?: "basic" | "credit" | "capacity" | "materials";
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @description One of the roles, e.g. finance */
                                    role: string;
                                }[];
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/chains/{orderType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order type's current chain and every earlier version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderType: "standard" | "custom" | "urgent";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                createdAt: string | null;
                                createdBy: string | null;
                                /** @enum {string} */
                                orderType: "standard" | "custom" | "urgent";
                                steps: {
                                    /** @enum {string} */
                                    check?: "basic" | "credit" | "capacity" | "materials";
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @description One of the roles, e.g. finance */
                                    role: string;
                                }[];
                                version: number;
                            };
                            versions: {
                                createdAt: string | null;
                                createdBy: string | null;
                                /** @enum {string} */
                                orderType: "standard" | "custom" | "urgent";
                                steps: {
                                    /** @enum {string} */
                                    check?: "basic" | "credit" | "capacity" | "materials";
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    /** @description One of the roles, e.g. finance */
                                    role: string;
                                }[];
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        /**
         * Save a new version of an order type's chain; send If-Match with the current version
         * @description Step keys must be unique, roles and checks known, and the last step "final" (a human decision). Orders already in review keep the version they started with.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    orderType: "standard" | "custom" | "urgent";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        steps: {
                            /** @description An automatic check: basic, credit, capacity or materials */
                            check?: string;
                            key: string;
                            name: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** @description One of the roles, e.g. finance */
                            role: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string | null;
                            createdBy: string | null;
                            /** @enum {string} */
                            orderType: "standard" | "custom" | "urgent";
                            steps: {
                                /** @enum {string} */
                                check?: "basic" | "credit" | "capacity" | "materials";
                                key: string;
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @description One of the roles, e.g. finance */
                                role: string;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review steps waiting for one of my roles (an admin sees all), longest waiting first */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customer: {
                                    id: string;
                                    name: string;
                                };
                                dueAt: string;
                                orderId: string;
                                orderNumber: string | null;
                                priority: string;
                                step: {
                                    key: string;
                                    name: {
                                        en: string;
                                        "zh-CN": string;
                                    };
                                    role: string;
                                    round: number;
                                };
                                stepId: string;
                                totals: {
                                    currency: string;
                                    totalMinor: number;
                                };
                                waitingSince: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every staff role and the permissions it grants (the portal's customer role is not given here) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                permissions: string[];
                                /** @enum {string} */
                                role: "sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The saved segments by name, each with how many customers are in it now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description How many customers are in it now */
                                count: number;
                                createdAt: string;
                                createdBy: string | null;
                                /** @description Who belongs: every part given must hold; active customers only. An empty filter takes every active customer. */
                                filter: {
                                    /** @description Orders received in the window (F), cancelled ones left out: at least min, at most max */
                                    frequency?: {
                                        max?: number;
                                        min?: number;
                                        /** @description The window: the last so many days up to now */
                                        windowDays: number;
                                    };
                                    /** @description Whole days since the last call, visit, message, after-sales contact or pre-delivery check done: at least minDays, at most maxDays. A customer never contacted matches any minDays and no maxDays. */
                                    lastContact?: {
                                        maxDays?: number;
                                        minDays?: number;
                                    };
                                    /** @description The amount of the orders received in the window in this currency (M), in minor units: at least minMinor, at most maxMinor */
                                    monetary?: {
                                        /** @description ISO 4217 code, e.g. CNY */
                                        currency: string;
                                        maxMinor?: number;
                                        minMinor?: number;
                                        /** @description The window: the last so many days up to now */
                                        windowDays: number;
                                    };
                                    /** @description true: with an after-sales case not yet closed; false: without one */
                                    openCases?: boolean;
                                    /** @description Whole days since the last order (R): at least minDays, at most maxDays. A customer who never ordered matches no recency. */
                                    recency?: {
                                        maxDays?: number;
                                        minDays?: number;
                                    };
                                    /** @description One of the customer's addresses is in this province (its region) and city, as written */
                                    region?: {
                                        city?: string;
                                        province?: string;
                                    };
                                    /** @description The average of all their feedback scores (1–5): strictly below, strictly above. A customer without feedback has none and does not match. */
                                    satisfaction?: {
                                        above?: number;
                                        below?: number;
                                    };
                                    /** @description Every one of these tags */
                                    tags?: string[];
                                    /** @description Any of these tiers */
                                    tiers?: ("vip" | "normal" | "new")[];
                                };
                                id: string;
                                name: string;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Save a segment: a name the team shares and its filter
         * @description 409 already_exists: the name is taken.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Who belongs: every part given must hold; active customers only. An empty filter takes every active customer. */
                        filter: {
                            /** @description Orders received in the window (F), cancelled ones left out: at least min, at most max */
                            frequency?: {
                                max?: number;
                                min?: number;
                                /** @description The window: the last so many days up to now */
                                windowDays: number;
                            };
                            /** @description Whole days since the last call, visit, message, after-sales contact or pre-delivery check done: at least minDays, at most maxDays. A customer never contacted matches any minDays and no maxDays. */
                            lastContact?: {
                                maxDays?: number;
                                minDays?: number;
                            };
                            /** @description The amount of the orders received in the window in this currency (M), in minor units: at least minMinor, at most maxMinor */
                            monetary?: {
                                /** @description ISO 4217 code, e.g. CNY */
                                currency: string;
                                maxMinor?: number;
                                minMinor?: number;
                                /** @description The window: the last so many days up to now */
                                windowDays: number;
                            };
                            /** @description true: with an after-sales case not yet closed; false: without one */
                            openCases?: boolean;
                            /** @description Whole days since the last order (R): at least minDays, at most maxDays. A customer who never ordered matches no recency. */
                            recency?: {
                                maxDays?: number;
                                minDays?: number;
                            };
                            /** @description One of the customer's addresses is in this province (its region) and city, as written */
                            region?: {
                                city?: string;
                                province?: string;
                            };
                            /** @description The average of all their feedback scores (1–5): strictly below, strictly above. A customer without feedback has none and does not match. */
                            satisfaction?: {
                                above?: number;
                                below?: number;
                            };
                            /** @description Every one of these tags */
                            tags?: string[];
                            /** @description Any of these tiers */
                            tiers?: ("vip" | "normal" | "new")[];
                        };
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdBy: string | null;
                            /** @description Who belongs: every part given must hold; active customers only. An empty filter takes every active customer. */
                            filter: {
                                /** @description Orders received in the window (F), cancelled ones left out: at least min, at most max */
                                frequency?: {
                                    max?: number;
                                    min?: number;
                                    /** @description The window: the last so many days up to now */
                                    windowDays: number;
                                };
                                /** @description Whole days since the last call, visit, message, after-sales contact or pre-delivery check done: at least minDays, at most maxDays. A customer never contacted matches any minDays and no maxDays. */
                                lastContact?: {
                                    maxDays?: number;
                                    minDays?: number;
                                };
                                /** @description The amount of the orders received in the window in this currency (M), in minor units: at least minMinor, at most maxMinor */
                                monetary?: {
                                    /** @description ISO 4217 code, e.g. CNY */
                                    currency: string;
                                    maxMinor?: number;
                                    minMinor?: number;
                                    /** @description The window: the last so many days up to now */
                                    windowDays: number;
                                };
                                /** @description true: with an after-sales case not yet closed; false: without one */
                                openCases?: boolean;
                                /** @description Whole days since the last order (R): at least minDays, at most maxDays. A customer who never ordered matches no recency. */
                                recency?: {
                                    maxDays?: number;
                                    minDays?: number;
                                };
                                /** @description One of the customer's addresses is in this province (its region) and city, as written */
                                region?: {
                                    city?: string;
                                    province?: string;
                                };
                                /** @description The average of all their feedback scores (1–5): strictly below, strictly above. A customer without feedback has none and does not match. */
                                satisfaction?: {
                                    above?: number;
                                    below?: number;
                                };
                                /** @description Every one of these tags */
                                tags?: string[];
                                /** @description Any of these tiers */
                                tiers?: ("vip" | "normal" | "new")[];
                            };
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved segment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdBy: string | null;
                            /** @description Who belongs: every part given must hold; active customers only. An empty filter takes every active customer. */
                            filter: {
                                /** @description Orders received in the window (F), cancelled ones left out: at least min, at most max */
                                frequency?: {
                                    max?: number;
                                    min?: number;
                                    /** @description The window: the last so many days up to now */
                                    windowDays: number;
                                };
                                /** @description Whole days since the last call, visit, message, after-sales contact or pre-delivery check done: at least minDays, at most maxDays. A customer never contacted matches any minDays and no maxDays. */
                                lastContact?: {
                                    maxDays?: number;
                                    minDays?: number;
                                };
                                /** @description The amount of the orders received in the window in this currency (M), in minor units: at least minMinor, at most maxMinor */
                                monetary?: {
                                    /** @description ISO 4217 code, e.g. CNY */
                                    currency: string;
                                    maxMinor?: number;
                                    minMinor?: number;
                                    /** @description The window: the last so many days up to now */
                                    windowDays: number;
                                };
                                /** @description true: with an after-sales case not yet closed; false: without one */
                                openCases?: boolean;
                                /** @description Whole days since the last order (R): at least minDays, at most maxDays. A customer who never ordered matches no recency. */
                                recency?: {
                                    maxDays?: number;
                                    minDays?: number;
                                };
                                /** @description One of the customer's addresses is in this province (its region) and city, as written */
                                region?: {
                                    city?: string;
                                    province?: string;
                                };
                                /** @description The average of all their feedback scores (1–5): strictly below, strictly above. A customer without feedback has none and does not match. */
                                satisfaction?: {
                                    above?: number;
                                    below?: number;
                                };
                                /** @description Every one of these tags */
                                tags?: string[];
                                /** @description Any of these tiers */
                                tiers?: ("vip" | "normal" | "new")[];
                            };
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a segment (its follow-up tasks stay); send If-Match with the version you saw */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a segment or change its filter; send If-Match with the version you edited */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Who belongs: every part given must hold; active customers only. An empty filter takes every active customer. */
                        filter?: {
                            /** @description Orders received in the window (F), cancelled ones left out: at least min, at most max */
                            frequency?: {
                                max?: number;
                                min?: number;
                                /** @description The window: the last so many days up to now */
                                windowDays: number;
                            };
                            /** @description Whole days since the last call, visit, message, after-sales contact or pre-delivery check done: at least minDays, at most maxDays. A customer never contacted matches any minDays and no maxDays. */
                            lastContact?: {
                                maxDays?: number;
                                minDays?: number;
                            };
                            /** @description The amount of the orders received in the window in this currency (M), in minor units: at least minMinor, at most maxMinor */
                            monetary?: {
                                /** @description ISO 4217 code, e.g. CNY */
                                currency: string;
                                maxMinor?: number;
                                minMinor?: number;
                                /** @description The window: the last so many days up to now */
                                windowDays: number;
                            };
                            /** @description true: with an after-sales case not yet closed; false: without one */
                            openCases?: boolean;
                            /** @description Whole days since the last order (R): at least minDays, at most maxDays. A customer who never ordered matches no recency. */
                            recency?: {
                                maxDays?: number;
                                minDays?: number;
                            };
                            /** @description One of the customer's addresses is in this province (its region) and city, as written */
                            region?: {
                                city?: string;
                                province?: string;
                            };
                            /** @description The average of all their feedback scores (1–5): strictly below, strictly above. A customer without feedback has none and does not match. */
                            satisfaction?: {
                                above?: number;
                                below?: number;
                            };
                            /** @description Every one of these tags */
                            tags?: string[];
                            /** @description Any of these tiers */
                            tiers?: ("vip" | "normal" | "new")[];
                        };
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdBy: string | null;
                            /** @description Who belongs: every part given must hold; active customers only. An empty filter takes every active customer. */
                            filter: {
                                /** @description Orders received in the window (F), cancelled ones left out: at least min, at most max */
                                frequency?: {
                                    max?: number;
                                    min?: number;
                                    /** @description The window: the last so many days up to now */
                                    windowDays: number;
                                };
                                /** @description Whole days since the last call, visit, message, after-sales contact or pre-delivery check done: at least minDays, at most maxDays. A customer never contacted matches any minDays and no maxDays. */
                                lastContact?: {
                                    maxDays?: number;
                                    minDays?: number;
                                };
                                /** @description The amount of the orders received in the window in this currency (M), in minor units: at least minMinor, at most maxMinor */
                                monetary?: {
                                    /** @description ISO 4217 code, e.g. CNY */
                                    currency: string;
                                    maxMinor?: number;
                                    minMinor?: number;
                                    /** @description The window: the last so many days up to now */
                                    windowDays: number;
                                };
                                /** @description true: with an after-sales case not yet closed; false: without one */
                                openCases?: boolean;
                                /** @description Whole days since the last order (R): at least minDays, at most maxDays. A customer who never ordered matches no recency. */
                                recency?: {
                                    maxDays?: number;
                                    minDays?: number;
                                };
                                /** @description One of the customer's addresses is in this province (its region) and city, as written */
                                region?: {
                                    city?: string;
                                    province?: string;
                                };
                                /** @description The average of all their feedback scores (1–5): strictly below, strictly above. A customer without feedback has none and does not match. */
                                satisfaction?: {
                                    above?: number;
                                    below?: number;
                                };
                                /** @description Every one of these tags */
                                tags?: string[];
                                /** @description Any of these tiers */
                                tiers?: ("vip" | "normal" | "new")[];
                            };
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/segments/{id}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The segment's customers now, by name, with the figures that matched */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountInWindowMinor: number;
                                averageScore: number | null;
                                city: string | null;
                                currency: string;
                                daysSinceLastContact: number | null;
                                daysSinceLastOrder: number | null;
                                id: string;
                                lastContactAt: string | null;
                                lastOrderAt: string | null;
                                name: string;
                                openCases: number;
                                ordersInWindow: number;
                                province: string | null;
                                tags: string[];
                                /** @enum {string} */
                                tier: "vip" | "normal" | "new";
                            }[];
                            nextCursor: string | null;
                            windows: {
                                amountWindowDays: number;
                                currency: string;
                                ordersWindowDays: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The segment's customers as a file (XLSX or CSV), with their figures
         * @description Headers and words in the language asked, else the reader's; CSV is UTF-8 with a byte-order mark; text a spreadsheet would run as a formula is written as text.
         */
        get: {
            parameters: {
                query: {
                    /** @description Comma-separated columns in the order wanted (the view's visible columns); all when left out: name, tier, province, city, tags, lastOrder, daysSinceLastOrder, orders, amount, currency, lastContact, openCases, averageScore */
                    columns?: string;
                    format: "xlsx" | "csv";
                    /** @description The language of headers and cells; by default the reader's chosen language, else the browser's (Accept-Language) */
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open one call, visit or message task per customer of the segment, all for one person, due on a day
         * @description One transaction. A customer who already has this segment's follow-up of this kind for that day gets no second one (counted in alreadyScheduled). With an Idempotency-Key a retry gets the first answer; with another body, 422. 422 segment_too_large beyond 2000 customers; 422 unknown_reference, 409 assignee_inactive: the owner is not active staff.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description The day they are due (the company's 18:00)
                         */
                        dueDate: string;
                        /** @enum {string} */
                        kind: "call" | "visit" | "message";
                        note: string;
                        /**
                         * Format: uuid
                         * @description The staff member who makes the calls, visits or messages
                         */
                        ownerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Customers who had this follow-up of the segment for that day already */
                            alreadyScheduled: number;
                            /** @description Tasks opened by this run */
                            created: number;
                            dueAt: string;
                            /** @enum {string} */
                            kind: "call" | "visit" | "message";
                            ownerId: string;
                            segmentId: string;
                            taskIds: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Who a filter takes, before it is saved: how many customers, and the first page of them with their figures */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Who belongs: every part given must hold; active customers only. An empty filter takes every active customer. */
                        filter: {
                            /** @description Orders received in the window (F), cancelled ones left out: at least min, at most max */
                            frequency?: {
                                max?: number;
                                min?: number;
                                /** @description The window: the last so many days up to now */
                                windowDays: number;
                            };
                            /** @description Whole days since the last call, visit, message, after-sales contact or pre-delivery check done: at least minDays, at most maxDays. A customer never contacted matches any minDays and no maxDays. */
                            lastContact?: {
                                maxDays?: number;
                                minDays?: number;
                            };
                            /** @description The amount of the orders received in the window in this currency (M), in minor units: at least minMinor, at most maxMinor */
                            monetary?: {
                                /** @description ISO 4217 code, e.g. CNY */
                                currency: string;
                                maxMinor?: number;
                                minMinor?: number;
                                /** @description The window: the last so many days up to now */
                                windowDays: number;
                            };
                            /** @description true: with an after-sales case not yet closed; false: without one */
                            openCases?: boolean;
                            /** @description Whole days since the last order (R): at least minDays, at most maxDays. A customer who never ordered matches no recency. */
                            recency?: {
                                maxDays?: number;
                                minDays?: number;
                            };
                            /** @description One of the customer's addresses is in this province (its region) and city, as written */
                            region?: {
                                city?: string;
                                province?: string;
                            };
                            /** @description The average of all their feedback scores (1–5): strictly below, strictly above. A customer without feedback has none and does not match. */
                            satisfaction?: {
                                above?: number;
                                below?: number;
                            };
                            /** @description Every one of these tags */
                            tags?: string[];
                            /** @description Any of these tiers */
                            tiers?: ("vip" | "normal" | "new")[];
                        };
                        /**
                         * @description Page size (1–200)
                         * @default 50
                         */
                        limit?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountInWindowMinor: number;
                                averageScore: number | null;
                                city: string | null;
                                currency: string;
                                daysSinceLastContact: number | null;
                                daysSinceLastOrder: number | null;
                                id: string;
                                lastContactAt: string | null;
                                lastOrderAt: string | null;
                                name: string;
                                openCases: number;
                                ordersInWindow: number;
                                province: string | null;
                                tags: string[];
                                /** @enum {string} */
                                tier: "vip" | "normal" | "new";
                            }[];
                            nextCursor: string | null;
                            total: number;
                            windows: {
                                amountWindowDays: number;
                                currency: string;
                                ordersWindowDays: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/business-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business-calendar settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Off: deadlines count on the plain clock */
                                enabled: boolean;
                                /** @description Days not worked whatever their weekday; each at most once */
                                holidays: string[];
                                /** @description Days off by their weekday worked instead of a holiday (调休); without periods, Monday's */
                                makeUpDays: {
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD
                                     */
                                    date: string;
                                    periods?: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                }[];
                                /** @description What a holiday or make-up day is for, by date, e.g. 国庆节; shown beside the date */
                                names?: {
                                    [key: string]: string;
                                };
                                /** @description IANA time zone, e.g. Asia/Shanghai */
                                timeZone: string;
                                week: {
                                    friday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    monday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    saturday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    sunday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    thursday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    tuesday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    wednesday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the business-calendar settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Off: deadlines count on the plain clock */
                        enabled: boolean;
                        /** @description Days not worked whatever their weekday; each at most once */
                        holidays: string[];
                        /** @description Days off by their weekday worked instead of a holiday (调休); without periods, Monday's */
                        makeUpDays: {
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD
                             */
                            date: string;
                            periods?: {
                                /** @description HH:MM, or 24:00 for the end of the day */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                        }[];
                        /** @description What a holiday or make-up day is for, by date, e.g. 国庆节; shown beside the date */
                        names?: {
                            [key: string]: string;
                        };
                        /** @description IANA time zone, e.g. Asia/Shanghai */
                        timeZone: string;
                        week: {
                            friday: {
                                /** @description HH:MM, or 24:00 for the end of the day */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            monday: {
                                /** @description HH:MM, or 24:00 for the end of the day */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            saturday: {
                                /** @description HH:MM, or 24:00 for the end of the day */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            sunday: {
                                /** @description HH:MM, or 24:00 for the end of the day */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            thursday: {
                                /** @description HH:MM, or 24:00 for the end of the day */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            tuesday: {
                                /** @description HH:MM, or 24:00 for the end of the day */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            wednesday: {
                                /** @description HH:MM, or 24:00 for the end of the day */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Off: deadlines count on the plain clock */
                                enabled: boolean;
                                /** @description Days not worked whatever their weekday; each at most once */
                                holidays: string[];
                                /** @description Days off by their weekday worked instead of a holiday (调休); without periods, Monday's */
                                makeUpDays: {
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD
                                     */
                                    date: string;
                                    periods?: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                }[];
                                /** @description What a holiday or make-up day is for, by date, e.g. 国庆节; shown beside the date */
                                names?: {
                                    [key: string]: string;
                                };
                                /** @description IANA time zone, e.g. Asia/Shanghai */
                                timeZone: string;
                                week: {
                                    friday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    monday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    saturday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    sunday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    thursday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    tuesday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                    wednesday: {
                                        /** @description HH:MM, or 24:00 for the end of the day */
                                        end: string;
                                        /** @description HH:MM */
                                        start: string;
                                    }[];
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/calendar/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a national holiday schedule (放假安排) into the business calendar: preview with dryRun, then apply
         * @description The file’s year is replaced by its days: holidays and make-up working days (调休) it lists are added, the calendar’s other days of that year are removed, other years are kept. A working day the company’s week works anyway is skipped. Applying needs If-Match with the version the preview answered (428 without, 412 when the calendar changed meanwhile) and is audited as a change of the business-calendar setting. 422 invalid_schedule_file names each bad line in errors[].params.line.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The file’s text: an iCalendar file (.ics) of all-day events, or CSV date,kind,name */
                        content: string;
                        /** @description true: only say what would change; false: apply (needs If-Match) */
                        dryRun: boolean;
                        /** @description The uploaded file’s name, kept in the audit event */
                        fileName: string;
                        /** @description The year the schedule replaces; by default the year most of its days fall in */
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The calendar was changed: false for a preview, or when it already had this schedule */
                            applied: boolean;
                            days: {
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD
                                 */
                                date: string;
                                /**
                                 * @description holiday: not worked; workday: a make-up working day (调休)
                                 * @enum {string}
                                 */
                                kind: "holiday" | "workday";
                                /** @description Where the file gives it */
                                line: number;
                                name: string | null;
                                /**
                                 * @description skipped: a working day the company’s week works anyway
                                 * @enum {string}
                                 */
                                outcome: "added" | "unchanged" | "skipped";
                            }[];
                            /** @description Days of that year the calendar has and the file does not (or of the other kind) */
                            removed: {
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD
                                 */
                                date: string;
                                /**
                                 * @description holiday: not worked; workday: a make-up working day (调休)
                                 * @enum {string}
                                 */
                                kind: "holiday" | "workday";
                                name: string | null;
                            }[];
                            /** @description The calendar version previewed on (send it as If-Match to apply), or the one the import saved */
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/documents-letterhead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documents-letterhead settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                address?: string;
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                phone?: string;
                                taxId?: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the documents-letterhead settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        name: {
                            en: string;
                            "zh-CN": string;
                        };
                        phone?: string;
                        taxId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                address?: string;
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                phone?: string;
                                taxId?: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/notification-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notification-templates settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                "case.closed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "case.opened"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "case.transfer_requested"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "case.transferred"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "customer.digest_sent"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "feedback.received"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.acceptance_failed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.accepted"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.approved"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.backorder_filled"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.cancelled"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.changed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.completed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.delay_reported"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.delivered"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.entry_confirmed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.owner_assigned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.packed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.payment_recorded"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.planned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.prioritised"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.priority_changed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.promise_date_changed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.received"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.rejected"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.returned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.service_started"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.stage_assigned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.substitute_proposed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "portal.invited"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "portal.sign_in_link_requested"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "report.action_overdue"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "report.month_closed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "return.authorised"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "return.refunded"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "review.step_opened"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "shipment.shipped"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "shipment.tracked"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "sla.escalated"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "sla.warned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "survey.sent"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "task.assigned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "task.created"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "task.escalated"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "task.warned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the notification-templates settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        "case.closed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "case.opened"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "case.transfer_requested"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "case.transferred"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "customer.digest_sent"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "feedback.received"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.acceptance_failed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.accepted"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.approved"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.backorder_filled"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.cancelled"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.changed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.completed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.delay_reported"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.delivered"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.entry_confirmed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.owner_assigned"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.packed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.payment_recorded"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.planned"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.prioritised"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.priority_changed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.promise_date_changed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.received"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.rejected"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.returned"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.service_started"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.stage_assigned"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "order.substitute_proposed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "portal.invited"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "portal.sign_in_link_requested"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "report.action_overdue"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "report.month_closed"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "return.authorised"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "return.refunded"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "review.step_opened"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "shipment.shipped"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "shipment.tracked"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "sla.escalated"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "sla.warned"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "survey.sent"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "task.assigned"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "task.created"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "task.escalated"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                        "task.warned"?: {
                            en?: {
                                body: string;
                                title: string;
                            };
                            "zh-CN"?: {
                                body: string;
                                title: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                "case.closed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "case.opened"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "case.transfer_requested"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "case.transferred"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "customer.digest_sent"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "feedback.received"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.acceptance_failed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.accepted"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.approved"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.backorder_filled"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.cancelled"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.changed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.completed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.delay_reported"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.delivered"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.entry_confirmed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.owner_assigned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.packed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.payment_recorded"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.planned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.prioritised"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.priority_changed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.promise_date_changed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.received"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.rejected"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.returned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.service_started"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.stage_assigned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "order.substitute_proposed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "portal.invited"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "portal.sign_in_link_requested"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "report.action_overdue"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "report.month_closed"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "return.authorised"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "return.refunded"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "review.step_opened"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "shipment.shipped"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "shipment.tracked"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "sla.escalated"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "sla.warned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "survey.sent"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "task.assigned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "task.created"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "task.escalated"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                                "task.warned"?: {
                                    en?: {
                                        body: string;
                                        title: string;
                                    };
                                    "zh-CN"?: {
                                        body: string;
                                        title: string;
                                    };
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/order-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order-changes settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                materialWhen: {
                                    /** @description The order's total changes */
                                    amountChanged: boolean;
                                    /** @description The customisation parameters of the special requirements change */
                                    customisationChanged: boolean;
                                    /** @description A line is added or removed */
                                    linesAddedOrRemoved: boolean;
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the order-changes settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        materialWhen: {
                            /** @description The order's total changes */
                            amountChanged: boolean;
                            /** @description The customisation parameters of the special requirements change */
                            customisationChanged: boolean;
                            /** @description A line is added or removed */
                            linesAddedOrRemoved: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                materialWhen: {
                                    /** @description The order's total changes */
                                    amountChanged: boolean;
                                    /** @description The customisation parameters of the special requirements change */
                                    customisationChanged: boolean;
                                    /** @description A line is added or removed */
                                    linesAddedOrRemoved: boolean;
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/order-intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order-intake settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                duplicateWindowHours: number;
                                entryCheckChannels: ("online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import")[];
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the order-intake settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        duplicateWindowHours: number;
                        entryCheckChannels: ("online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                duplicateWindowHours: number;
                                entryCheckChannels: ("online_store" | "marketplace" | "phone" | "email" | "in_person" | "b2b_direct" | "portal" | "api" | "file_import")[];
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/order-priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order-priority settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Per currency: an order total at or above highFromMinor scores high, at or above mediumFromMinor medium */
                                amountThresholds: {
                                    [key: string]: {
                                        highFromMinor: number;
                                        mediumFromMinor: number;
                                    };
                                };
                                /** @description The departments told of every new order's priority (SPEC §4) */
                                informRoles: ("sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin")[];
                                points: {
                                    high: number;
                                    low: number;
                                    medium: number;
                                };
                                thresholds: {
                                    high: number;
                                    medium: number;
                                };
                                tierLevels: {
                                    /** @enum {string} */
                                    new: "high" | "medium" | "low";
                                    /** @enum {string} */
                                    normal: "high" | "medium" | "low";
                                    /** @enum {string} */
                                    vip: "high" | "medium" | "low";
                                };
                                urgency: {
                                    highWithinDays: number;
                                    mediumWithinDays: number;
                                };
                                weights: {
                                    customerTier: number;
                                    deliveryUrgency: number;
                                    orderAmount: number;
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the order-priority settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Per currency: an order total at or above highFromMinor scores high, at or above mediumFromMinor medium */
                        amountThresholds: {
                            [key: string]: {
                                highFromMinor: number;
                                mediumFromMinor: number;
                            };
                        };
                        /** @description The departments told of every new order's priority (SPEC §4) */
                        informRoles: ("sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin")[];
                        points: {
                            high: number;
                            low: number;
                            medium: number;
                        };
                        thresholds: {
                            high: number;
                            medium: number;
                        };
                        tierLevels: {
                            /** @enum {string} */
                            new: "high" | "medium" | "low";
                            /** @enum {string} */
                            normal: "high" | "medium" | "low";
                            /** @enum {string} */
                            vip: "high" | "medium" | "low";
                        };
                        urgency: {
                            highWithinDays: number;
                            mediumWithinDays: number;
                        };
                        weights: {
                            customerTier: number;
                            deliveryUrgency: number;
                            orderAmount: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Per currency: an order total at or above highFromMinor scores high, at or above mediumFromMinor medium */
                                amountThresholds: {
                                    [key: string]: {
                                        highFromMinor: number;
                                        mediumFromMinor: number;
                                    };
                                };
                                /** @description The departments told of every new order's priority (SPEC §4) */
                                informRoles: ("sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin")[];
                                points: {
                                    high: number;
                                    low: number;
                                    medium: number;
                                };
                                thresholds: {
                                    high: number;
                                    medium: number;
                                };
                                tierLevels: {
                                    /** @enum {string} */
                                    new: "high" | "medium" | "low";
                                    /** @enum {string} */
                                    normal: "high" | "medium" | "low";
                                    /** @enum {string} */
                                    vip: "high" | "medium" | "low";
                                };
                                urgency: {
                                    highWithinDays: number;
                                    mediumWithinDays: number;
                                };
                                weights: {
                                    customerTier: number;
                                    deliveryUrgency: number;
                                    orderAmount: number;
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/order-sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order-sla settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                high: {
                                    planMinutes: number;
                                    responseMinutes: number;
                                    /** @description Warn the owner when this many minutes are left */
                                    warnBeforeMinutes: number;
                                };
                                low: {
                                    planMinutes: number;
                                    responseMinutes: number;
                                    /** @description Warn the owner when this many minutes are left */
                                    warnBeforeMinutes: number;
                                };
                                medium: {
                                    planMinutes: number;
                                    responseMinutes: number;
                                    /** @description Warn the owner when this many minutes are left */
                                    warnBeforeMinutes: number;
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the order-sla settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        high: {
                            planMinutes: number;
                            responseMinutes: number;
                            /** @description Warn the owner when this many minutes are left */
                            warnBeforeMinutes: number;
                        };
                        low: {
                            planMinutes: number;
                            responseMinutes: number;
                            /** @description Warn the owner when this many minutes are left */
                            warnBeforeMinutes: number;
                        };
                        medium: {
                            planMinutes: number;
                            responseMinutes: number;
                            /** @description Warn the owner when this many minutes are left */
                            warnBeforeMinutes: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                high: {
                                    planMinutes: number;
                                    responseMinutes: number;
                                    /** @description Warn the owner when this many minutes are left */
                                    warnBeforeMinutes: number;
                                };
                                low: {
                                    planMinutes: number;
                                    responseMinutes: number;
                                    /** @description Warn the owner when this many minutes are left */
                                    warnBeforeMinutes: number;
                                };
                                medium: {
                                    planMinutes: number;
                                    responseMinutes: number;
                                    /** @description Warn the owner when this many minutes are left */
                                    warnBeforeMinutes: number;
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/relationship-return-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The relationship-return-visits settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Days the owner has to make the visit once it is planned */
                                dueDays: number;
                                everyDays: {
                                    new: number | null;
                                    normal: number | null;
                                    vip: number | null;
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the relationship-return-visits settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Days the owner has to make the visit once it is planned */
                        dueDays: number;
                        everyDays: {
                            new: number | null;
                            normal: number | null;
                            vip: number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Days the owner has to make the visit once it is planned */
                                dueDays: number;
                                everyDays: {
                                    new: number | null;
                                    normal: number | null;
                                    vip: number | null;
                                };
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/review-auto-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review-auto-approval settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Known customers: new ones wait for people */
                                customerTiers: ("vip" | "normal" | "new")[];
                                enabled: boolean;
                                /** @description Per currency: the largest order total (minor units) approved automatically; a currency not listed is never auto-approved */
                                maxAmountMinor: {
                                    [key: string]: number;
                                };
                                orderTypes: ("standard" | "custom" | "urgent")[];
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the review-auto-approval settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Known customers: new ones wait for people */
                        customerTiers: ("vip" | "normal" | "new")[];
                        enabled: boolean;
                        /** @description Per currency: the largest order total (minor units) approved automatically; a currency not listed is never auto-approved */
                        maxAmountMinor: {
                            [key: string]: number;
                        };
                        orderTypes: ("standard" | "custom" | "urgent")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Known customers: new ones wait for people */
                                customerTiers: ("vip" | "normal" | "new")[];
                                enabled: boolean;
                                /** @description Per currency: the largest order total (minor units) approved automatically; a currency not listed is never auto-approved */
                                maxAmountMinor: {
                                    [key: string]: number;
                                };
                                orderTypes: ("standard" | "custom" | "urgent")[];
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/review-signed-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review-signed-confirmation settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Order types approved only once a signed confirmation is attached */
                                orderTypes: ("standard" | "custom" | "urgent")[];
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the review-signed-confirmation settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Order types approved only once a signed confirmation is attached */
                        orderTypes: ("standard" | "custom" | "urgent")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Order types approved only once a signed confirmation is attached */
                                orderTypes: ("standard" | "custom" | "urgent")[];
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sign-in settings (defaults until first saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Staff with any of these roles must use MFA; without it they set it up at their next sign-in, before anything else */
                                mfaRequiredRoles: ("sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin")[];
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace the sign-in settings; send If-Match with the version you edited ("0" before the first save) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Staff with any of these roles must use MFA; without it they set it up at their next sign-in, before anything else */
                        mfaRequiredRoles: ("sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updatedAt: string | null;
                            updatedBy: string | null;
                            value: {
                                /** @description Staff with any of these roles must use MFA; without it they set it up at their next sign-in, before anything else */
                                mfaRequiredRoles: ("sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin")[];
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One shipment with its lines and tracking events */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carrier: {
                                code: string | null;
                                /** @enum {string} */
                                kind: "express" | "freight";
                                name: string;
                                trackingUrl: string | null;
                            };
                            costMinor: number;
                            currency: string;
                            deliveredAt: string | null;
                            events: {
                                at: string;
                                location: string | null;
                                note: string | null;
                                /** @enum {string} */
                                status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                            }[];
                            id: string;
                            lines: {
                                lineNo: number;
                                name: string;
                                orderLineId: string;
                                quantity: number;
                                sku: string;
                                unit: string;
                            }[];
                            orderId: string;
                            shippedAt: string;
                            /** @enum {string} */
                            status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                            trackingNumber: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}/delivery-note.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery note (发货单) of a shipment as a PDF, with carrier and tracking number */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A PDF in the reader's language */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a carrier's tracking event
         * @description When every shipment of a fully shipped order is delivered, the order is delivered and the satisfaction survey is queued. 409 shipment_closed: the shipment was delivered already.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        location?: string;
                        note?: string;
                        /** @enum {string} */
                        status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carrier: {
                                code: string | null;
                                /** @enum {string} */
                                kind: "express" | "freight";
                                name: string;
                                trackingUrl: string | null;
                            };
                            costMinor: number;
                            currency: string;
                            deliveredAt: string | null;
                            events: {
                                at: string;
                                location: string | null;
                                note: string | null;
                                /** @enum {string} */
                                status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                            }[];
                            id: string;
                            lines: {
                                lineNo: number;
                                name: string;
                                orderLineId: string;
                                quantity: number;
                                sku: string;
                                unit: string;
                            }[];
                            orderId: string;
                            shippedAt: string;
                            /** @enum {string} */
                            status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                            trackingNumber: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}/pack-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The packing list of a shipment, with the delivery address */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            carrier: {
                                code: string | null;
                                /** @enum {string} */
                                kind: "express" | "freight";
                                name: string;
                                trackingUrl: string | null;
                            };
                            contact: unknown;
                            costMinor: number;
                            currency: string;
                            customerName: string;
                            deliveredAt: string | null;
                            delivery: unknown;
                            events: {
                                at: string;
                                location: string | null;
                                note: string | null;
                                /** @enum {string} */
                                status: "in_transit" | "out_for_delivery" | "delivered" | "exception";
                            }[];
                            id: string;
                            lines: {
                                lineNo: number;
                                name: string;
                                orderLineId: string;
                                quantity: number;
                                sku: string;
                                unit: string;
                            }[];
                            orderId: string;
                            orderNumber: string;
                            shippedAt: string;
                            /** @enum {string} */
                            status: "shipped" | "in_transit" | "out_for_delivery" | "delivered" | "exception";
                            trackingNumber: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}/pack-list.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The packing list (装箱单) of a shipment as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A PDF in the reader's language */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deadlines whose step is not done yet, soonest first: all, at risk (warned, not yet due) or overdue */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit?: number;
                    state?: "at_risk" | "overdue" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customerId: string;
                                dueAt: string;
                                escalatedAt: string | null;
                                /** @enum {string} */
                                kind: "response" | "plan";
                                lateReason: {
                                    at: string;
                                    by: string;
                                    reason: string;
                                } | null;
                                orderId: string;
                                orderNumber: string;
                                satisfiedAt: string | null;
                                secondsLeft: number | null;
                                /** @enum {string} */
                                status: "open" | "met" | "missed" | "stopped";
                                warnAt: string;
                                warnedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active staff by name, for pickers (owners, assignees) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                roles: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock ledger of every product, newest first; filter by product or kind */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    kind?: "receipt" | "adjustment" | "reservation" | "release" | "shipment" | "return";
                    /** @description Page size (1–200) */
                    limit?: number;
                    productId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actorId: string | null;
                                at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "receipt" | "adjustment" | "reservation" | "release" | "shipment" | "return";
                                onHandAfter: number;
                                onHandDelta: number;
                                orderId: string | null;
                                productId: string;
                                productName: string;
                                reason: string | null;
                                reservedAfter: number;
                                reservedDelta: number;
                                sku: string;
                                unit: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Book a goods receipt or a stock adjustment
         * @description receipt: a positive quantity arrives. adjustment: a signed correction (count, damage) with a reason; never below what is reserved.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description receipt adds goods; adjustment corrects a count (a signed quantity, with a reason)
                         * @enum {string}
                         */
                        kind: "receipt" | "adjustment";
                        /** Format: uuid */
                        productId: string;
                        /** @description Non-zero; negative only for adjustments */
                        quantity: number;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            level: {
                                available: number;
                                onHand: number;
                                productId: string;
                                reserved: number;
                            };
                            movement: {
                                actorId: string | null;
                                at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "receipt" | "adjustment" | "reservation" | "release" | "shipment" | "return";
                                onHandAfter: number;
                                onHandDelta: number;
                                orderId: string | null;
                                productId: string;
                                reason: string | null;
                                reservedAfter: number;
                                reservedDelta: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The survey behind a link (no sign-in)
         * @description 404 survey_link_unknown; 410 survey_link_expired; 409 survey_answered.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerName: string;
                            expiresAt: string;
                            orderNumber: string;
                            questions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Answer the survey, once (no sign-in)
         * @description Four scores 1–5 with comments and suggestions. A score of 2 or less opens a complaint case. A second answer: 409 survey_answered.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comments?: string;
                        deliveryTimeliness: number;
                        productQuality: number;
                        responseSpeed: number;
                        serviceAttitude: number;
                        suggestions?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptanceResult: string | null;
                            /** @enum {string} */
                            channel: "link" | "portal" | "phone";
                            comments: string | null;
                            customerId: string;
                            customerName: string;
                            deliveryTimeliness: number;
                            id: string;
                            orderId: string;
                            orderNumber: string;
                            /** @description The mean of the four scores, to one decimal */
                            overall: number;
                            productQuality: number;
                            recordedAt: string;
                            recordedBy: string | null;
                            /** @description Who recorded it: the customer's person (portal), the staff member who took the call (phone), or the survey link */
                            recordedByLabel: string;
                            responseSpeed: number;
                            serviceAttitude: number;
                            suggestions: string | null;
                            surveyId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks, soonest due first: the team's (for one of my roles or assigned to me; a manager or an admin sees all) or mine */
        get: {
            parameters: {
                query?: {
                    /** @description "me", "none" (unassigned) or a user id */
                    assignee?: string;
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    customerId?: string;
                    kind?: "order_exception" | "pre_delivery_check" | "aftersales_contact" | "aftersales_follow_up" | "call" | "visit" | "message" | "return_visit";
                    /** @description Page size (1–200) */
                    limit?: number;
                    orderId?: string;
                    /** @description Only tasks past their due time */
                    overdue?: boolean;
                    /** @description mine: assigned to me, or to nobody yet in one of my roles; team (default): every task of my roles (a manager or an admin sees all) */
                    scope?: "mine" | "team";
                    /** @description open (default) or done */
                    status?: "open" | "done";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assigneeId: string | null;
                                assigneeName: string | null;
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                doneAt: string | null;
                                doneBy: string | null;
                                doneNote: string | null;
                                dueAt: string;
                                escalatedAt: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "order_exception" | "pre_delivery_check" | "aftersales_contact" | "aftersales_follow_up" | "call" | "visit" | "message" | "return_visit";
                                orderId: string | null;
                                role: string;
                                /** @enum {string} */
                                status: "open" | "done";
                                /** @description What to do, in English */
                                summary: string;
                                summaryCode: string | null;
                                /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                                summaryParams: {
                                    [key: string]: unknown;
                                };
                                warnedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Schedule a call or a visit for a customer or an order
         * @description Give customerId, orderId or both (the order must be the customer's). The task is for the role given (by default your first) and held by assigneeId (by default you), who must hold that role (422 assignee_role_missing; 409 assignee_inactive).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description One person in the role; by default you
                         */
                        assigneeId?: string;
                        /** Format: uuid */
                        customerId?: string;
                        /** Format: date-time */
                        dueAt: string;
                        /** @enum {string} */
                        kind: "call" | "visit" | "message";
                        /** Format: uuid */
                        orderId?: string;
                        /**
                         * @description The role the task is for; by default the first of yours
                         * @enum {string}
                         */
                        role?: "sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin";
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            doneAt: string | null;
                            doneBy: string | null;
                            doneNote: string | null;
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "order_exception" | "pre_delivery_check" | "aftersales_contact" | "aftersales_follow_up" | "call" | "visit" | "message" | "return_visit";
                            orderId: string | null;
                            role: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            /** @description What to do, in English */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            warnedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give the task to a person in its role, with a note; they are told
         * @description 409 task_closed: the task is done; 409 assignee_inactive: the person is deactivated; 422 assignee_role_missing: the person lacks the task's role; 403 task_role_required: the task is for a role you do not have (a manager may hand over any task).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            doneAt: string | null;
                            doneBy: string | null;
                            doneNote: string | null;
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "order_exception" | "pre_delivery_check" | "aftersales_contact" | "aftersales_follow_up" | "call" | "visit" | "message" | "return_visit";
                            orderId: string | null;
                            role: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            /** @description What to do, in English */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            warnedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a task done, with an optional note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            doneAt: string | null;
                            doneBy: string | null;
                            doneNote: string | null;
                            dueAt: string;
                            escalatedAt: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "order_exception" | "pre_delivery_check" | "aftersales_contact" | "aftersales_follow_up" | "call" | "visit" | "message" | "return_visit";
                            orderId: string | null;
                            role: string;
                            /** @enum {string} */
                            status: "open" | "done";
                            /** @description What to do, in English */
                            summary: string;
                            summaryCode: string | null;
                            /** @description The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records) */
                            summaryParams: {
                                [key: string]: unknown;
                            };
                            warnedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active staff, by name, with their roles: whom a task or an order may be given to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                roles: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an unsubscribe link is for (no sign-in): the company name and whether it is opted out
         * @description 404 unsubscribe_link_unknown; 410 unsubscribe_link_expired.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The company the link was sent to: all the page shows of it */
                            customerName: string;
                            /** @description Whether the customer is opted out of marketing now */
                            optedOut: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Opt the company out of marketing (no sign-in): later campaigns skip it; order notices still go
         * @description Saying it again changes nothing. 404 unsubscribe_link_unknown; 410 unsubscribe_link_expired.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The company the link was sent to: all the page shows of it */
                            customerName: string;
                            /** @description Whether the customer is opted out of marketing now */
                            optedOut: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                createdAt: string;
                                customerId: string | null;
                                email: string;
                                id: string;
                                locale: string;
                                name: string;
                                roles: string[];
                                /** @description For If-Match on edits */
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user with roles */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "en";
                        name?: string;
                        password: string;
                        roles: ("sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            id: string;
                            locale: string;
                            name: string;
                            roles: string[];
                            /** @description For If-Match on edits */
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's name, roles, language or whether they may sign in (If-Match required)
         * @description Deactivating ends their sessions and live streams and revokes their API tokens for good (reactivating does not bring them back). 409 cannot_deactivate_self, last_admin (someone must stay an active admin), portal_user_roles (a customer's portal user is not made staff here).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string} */
                        locale?: "zh-CN" | "en";
                        name?: string;
                        roles?: ("sales" | "specialist" | "finance" | "engineering" | "production" | "procurement" | "warehouse" | "logistics" | "after_sales" | "manager" | "admin")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            id: string;
                            locale: string;
                            name: string;
                            roles: string[];
                            /** @description For If-Match on edits */
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/mfa/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a user's authenticator and recovery codes (a lost phone); their sessions end
         * @description Audited as user.mfa_reset. At their next sign-in they set up MFA again if their roles require it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionsEnded: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password for a user; all of that user's sessions and live streams end and their API tokens are revoked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionsEnded: number;
                            tokensRevoked: number;
                            user: {
                                active: boolean;
                                createdAt: string;
                                customerId: string | null;
                                email: string;
                                id: string;
                                locale: string;
                                name: string;
                                roles: string[];
                                /** @description For If-Match on edits */
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing webhook subscriptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                description: string | null;
                                events: string[];
                                id: string;
                                /** Format: date-time */
                                updatedAt: string;
                                url: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Subscribe a URL to events; the signing secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        events: string[];
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            events: string[];
                            id: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            version: number;
                        } & {
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subscription */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            events: string[];
                            id: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a subscription, or pause it with active: false (If-Match required) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The version you edited, as returned in ETag */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        description?: string;
                        events?: string[];
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            events: string[];
                            id: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's delivery log, newest first */
        get: {
            parameters: {
                query: {
                    /** @description Opaque cursor from the previous page */
                    cursor?: string;
                    /** @description Page size (1–200) */
                    limit: number;
                    status?: "queued" | "sent" | "dead";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: {
                                    at: string;
                                    /**
                                     * @description How a webhook or robot call ended: http_status (with status), connection_failed, timeout, target_refused, robot_error (a robot answered an errcode other than 0) or unexpected_answer (a robot answered without an errcode)
                                     * @enum {string}
                                     */
                                    code?: "http_status" | "connection_failed" | "timeout" | "target_refused" | "robot_error" | "unexpected_answer";
                                    detail: string;
                                    durationMs: number;
                                    /** @description A team chat robot's answer code: 0 took the message */
                                    errcode?: number;
                                    /** @description A team chat robot's answer message */
                                    errmsg?: string;
                                    ok: boolean;
                                    /** @description The webhook receiver's HTTP status */
                                    status?: number;
                                }[];
                                body: string;
                                /** @enum {string} */
                                channel: "email" | "sms" | "webhook" | "team_chat";
                                /** Format: date-time */
                                createdAt: string;
                                eventId: string;
                                id: string;
                                recipient: string;
                                robotId: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "sent" | "dead";
                                subject: string;
                                subscriptionId: string | null;
                                topic: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and the database in use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: {
                                kind: string;
                                schemaVersion: {
                                    applied: number;
                                    latest: string;
                                };
                            };
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
