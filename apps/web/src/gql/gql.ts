/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccessTokenList_token on AccessToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n": typeof types.AccessTokenList_TokenFragmentDoc,
    "\n  query AccessTokens {\n    accessTokens {\n      ...AccessTokenList_token\n    }\n  }\n": typeof types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($name: String!) {\n    createAccessToken(name: $name) {\n      secret\n      accessToken {\n        ...AccessTokenList_token\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  fragment ClientList_connection on ClientConnection {\n    id\n    invitedCompanyName\n    invitedEmail\n    contactName\n    status\n    invitedAt\n    respondedAt\n    sharedCredits\n    client {\n      id\n      name\n    }\n  }\n": typeof types.ClientList_ConnectionFragmentDoc,
    "\n  query Clients($status: ConnectionStatus, $search: String, $first: Int!, $after: String) {\n    clients(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ClientList_connection\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ClientsDocument,
    "\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) {\n      ...ClientList_connection\n    }\n  }\n": typeof types.InviteClientDocument,
    "\n  mutation ResendClientInvitation($connectionId: ID!) {\n    resendClientInvitation(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n": typeof types.ResendClientInvitationDocument,
    "\n  mutation RevokeClientConnection($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n": typeof types.RevokeClientConnectionDocument,
    "\n  mutation AccessCompany($connectionId: ID!) {\n    accessCompany(connectionId: $connectionId) {\n      ...SessionViewer\n    }\n  }\n": typeof types.AccessCompanyDocument,
    "\n  mutation SwitchToServiceProvider {\n    switchToServiceProvider {\n      ...SessionViewer\n    }\n  }\n": typeof types.SwitchToServiceProviderDocument,
    "\n  fragment CreditBalanceCard_organization on Organization {\n    id\n    kind\n    creditBalance\n    creditSharingEnabled\n  }\n": typeof types.CreditBalanceCard_OrganizationFragmentDoc,
    "\n  fragment CreditHistoryTable_entry on CreditEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.CreditHistoryTable_EntryFragmentDoc,
    "\n  fragment CreditSharingCard_organization on Organization {\n    id\n    creditSharingEnabled\n  }\n": typeof types.CreditSharingCard_OrganizationFragmentDoc,
    "\n  query CreditHistory($first: Int!, $after: String) {\n    creditHistory(first: $first, after: $after) {\n      nodes {\n        ...CreditHistoryTable_entry\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.CreditHistoryDocument,
    "\n  query CreditOverview {\n    viewer {\n      currentOrganization {\n        id\n        name\n        kind\n        ...CreditBalanceCard_organization\n        ...CreditSharingCard_organization\n      }\n    }\n  }\n": typeof types.CreditOverviewDocument,
    "\n  query PricingPlans {\n    pricingPlans {\n      id\n      code\n      name\n      kind\n      credits\n      priceCents\n      currency\n      creditValidityDays\n    }\n  }\n": typeof types.PricingPlansDocument,
    "\n  mutation PurchaseCredits($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      receiptNumber\n    }\n  }\n": typeof types.PurchaseCreditsDocument,
    "\n  mutation SetCreditSharing($enabled: Boolean!) {\n    setCreditSharing(enabled: $enabled) {\n      id\n      creditSharingEnabled\n    }\n  }\n": typeof types.SetCreditSharingDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionViewer\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment SessionViewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    currentOrganization {\n      id\n      name\n      kind\n    }\n    serviceProvider {\n      id\n      name\n    }\n    accessingClient {\n      id\n      invitedCompanyName\n    }\n  }\n": typeof types.SessionViewerFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment AccessTokenList_token on AccessToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n": types.AccessTokenList_TokenFragmentDoc,
    "\n  query AccessTokens {\n    accessTokens {\n      ...AccessTokenList_token\n    }\n  }\n": types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($name: String!) {\n    createAccessToken(name: $name) {\n      secret\n      accessToken {\n        ...AccessTokenList_token\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n": types.RevokeAccessTokenDocument,
    "\n  fragment ClientList_connection on ClientConnection {\n    id\n    invitedCompanyName\n    invitedEmail\n    contactName\n    status\n    invitedAt\n    respondedAt\n    sharedCredits\n    client {\n      id\n      name\n    }\n  }\n": types.ClientList_ConnectionFragmentDoc,
    "\n  query Clients($status: ConnectionStatus, $search: String, $first: Int!, $after: String) {\n    clients(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ClientList_connection\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ClientsDocument,
    "\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) {\n      ...ClientList_connection\n    }\n  }\n": types.InviteClientDocument,
    "\n  mutation ResendClientInvitation($connectionId: ID!) {\n    resendClientInvitation(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n": types.ResendClientInvitationDocument,
    "\n  mutation RevokeClientConnection($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n": types.RevokeClientConnectionDocument,
    "\n  mutation AccessCompany($connectionId: ID!) {\n    accessCompany(connectionId: $connectionId) {\n      ...SessionViewer\n    }\n  }\n": types.AccessCompanyDocument,
    "\n  mutation SwitchToServiceProvider {\n    switchToServiceProvider {\n      ...SessionViewer\n    }\n  }\n": types.SwitchToServiceProviderDocument,
    "\n  fragment CreditBalanceCard_organization on Organization {\n    id\n    kind\n    creditBalance\n    creditSharingEnabled\n  }\n": types.CreditBalanceCard_OrganizationFragmentDoc,
    "\n  fragment CreditHistoryTable_entry on CreditEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n": types.CreditHistoryTable_EntryFragmentDoc,
    "\n  fragment CreditSharingCard_organization on Organization {\n    id\n    creditSharingEnabled\n  }\n": types.CreditSharingCard_OrganizationFragmentDoc,
    "\n  query CreditHistory($first: Int!, $after: String) {\n    creditHistory(first: $first, after: $after) {\n      nodes {\n        ...CreditHistoryTable_entry\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.CreditHistoryDocument,
    "\n  query CreditOverview {\n    viewer {\n      currentOrganization {\n        id\n        name\n        kind\n        ...CreditBalanceCard_organization\n        ...CreditSharingCard_organization\n      }\n    }\n  }\n": types.CreditOverviewDocument,
    "\n  query PricingPlans {\n    pricingPlans {\n      id\n      code\n      name\n      kind\n      credits\n      priceCents\n      currency\n      creditValidityDays\n    }\n  }\n": types.PricingPlansDocument,
    "\n  mutation PurchaseCredits($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      receiptNumber\n    }\n  }\n": types.PurchaseCreditsDocument,
    "\n  mutation SetCreditSharing($enabled: Boolean!) {\n    setCreditSharing(enabled: $enabled) {\n      id\n      creditSharingEnabled\n    }\n  }\n": types.SetCreditSharingDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionViewer\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment SessionViewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    currentOrganization {\n      id\n      name\n      kind\n    }\n    serviceProvider {\n      id\n      name\n    }\n    accessingClient {\n      id\n      invitedCompanyName\n    }\n  }\n": types.SessionViewerFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessTokenList_token on AccessToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment AccessTokenList_token on AccessToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessTokens {\n    accessTokens {\n      ...AccessTokenList_token\n    }\n  }\n"): (typeof documents)["\n  query AccessTokens {\n    accessTokens {\n      ...AccessTokenList_token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($name: String!) {\n    createAccessToken(name: $name) {\n      secret\n      accessToken {\n        ...AccessTokenList_token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccessToken($name: String!) {\n    createAccessToken(name: $name) {\n      secret\n      accessToken {\n        ...AccessTokenList_token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientList_connection on ClientConnection {\n    id\n    invitedCompanyName\n    invitedEmail\n    contactName\n    status\n    invitedAt\n    respondedAt\n    sharedCredits\n    client {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ClientList_connection on ClientConnection {\n    id\n    invitedCompanyName\n    invitedEmail\n    contactName\n    status\n    invitedAt\n    respondedAt\n    sharedCredits\n    client {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients($status: ConnectionStatus, $search: String, $first: Int!, $after: String) {\n    clients(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ClientList_connection\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query Clients($status: ConnectionStatus, $search: String, $first: Int!, $after: String) {\n    clients(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ClientList_connection\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) {\n      ...ClientList_connection\n    }\n  }\n"): (typeof documents)["\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) {\n      ...ClientList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendClientInvitation($connectionId: ID!) {\n    resendClientInvitation(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n"): (typeof documents)["\n  mutation ResendClientInvitation($connectionId: ID!) {\n    resendClientInvitation(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeClientConnection($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeClientConnection($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCompany($connectionId: ID!) {\n    accessCompany(connectionId: $connectionId) {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  mutation AccessCompany($connectionId: ID!) {\n    accessCompany(connectionId: $connectionId) {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchToServiceProvider {\n    switchToServiceProvider {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchToServiceProvider {\n    switchToServiceProvider {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditBalanceCard_organization on Organization {\n    id\n    kind\n    creditBalance\n    creditSharingEnabled\n  }\n"): (typeof documents)["\n  fragment CreditBalanceCard_organization on Organization {\n    id\n    kind\n    creditBalance\n    creditSharingEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditHistoryTable_entry on CreditEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CreditHistoryTable_entry on CreditEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    createdAt\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditSharingCard_organization on Organization {\n    id\n    creditSharingEnabled\n  }\n"): (typeof documents)["\n  fragment CreditSharingCard_organization on Organization {\n    id\n    creditSharingEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditHistory($first: Int!, $after: String) {\n    creditHistory(first: $first, after: $after) {\n      nodes {\n        ...CreditHistoryTable_entry\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query CreditHistory($first: Int!, $after: String) {\n    creditHistory(first: $first, after: $after) {\n      nodes {\n        ...CreditHistoryTable_entry\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditOverview {\n    viewer {\n      currentOrganization {\n        id\n        name\n        kind\n        ...CreditBalanceCard_organization\n        ...CreditSharingCard_organization\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditOverview {\n    viewer {\n      currentOrganization {\n        id\n        name\n        kind\n        ...CreditBalanceCard_organization\n        ...CreditSharingCard_organization\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricingPlans {\n    pricingPlans {\n      id\n      code\n      name\n      kind\n      credits\n      priceCents\n      currency\n      creditValidityDays\n    }\n  }\n"): (typeof documents)["\n  query PricingPlans {\n    pricingPlans {\n      id\n      code\n      name\n      kind\n      credits\n      priceCents\n      currency\n      creditValidityDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchaseCredits($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      receiptNumber\n    }\n  }\n"): (typeof documents)["\n  mutation PurchaseCredits($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      receiptNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCreditSharing($enabled: Boolean!) {\n    setCreditSharing(enabled: $enabled) {\n      id\n      creditSharingEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetCreditSharing($enabled: Boolean!) {\n    setCreditSharing(enabled: $enabled) {\n      id\n      creditSharingEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionViewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    currentOrganization {\n      id\n      name\n      kind\n    }\n    serviceProvider {\n      id\n      name\n    }\n    accessingClient {\n      id\n      invitedCompanyName\n    }\n  }\n"): (typeof documents)["\n  fragment SessionViewer on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    currentOrganization {\n      id\n      name\n      kind\n    }\n    serviceProvider {\n      id\n      name\n    }\n    accessingClient {\n      id\n      invitedCompanyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;