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
    "\n  fragment AccessRequestList_connection on ClientConnection {\n    id\n    status\n    invitedAt\n    respondedAt\n    invitedEmail\n    invitedCompanyName\n    serviceProvider {\n      id\n      name\n    }\n  }\n": typeof types.AccessRequestList_ConnectionFragmentDoc,
    "\n  query AccessRequests($status: ConnectionStatus) {\n    accessRequests(status: $status) {\n      ...AccessRequestList_connection\n    }\n  }\n": typeof types.AccessRequestsDocument,
    "\n  mutation RespondToAccessRequest($connectionId: ID!, $accept: Boolean!) {\n    respondToAccessRequest(connectionId: $connectionId, accept: $accept) {\n      ...AccessRequestList_connection\n    }\n  }\n": typeof types.RespondToAccessRequestDocument,
    "\n  mutation RevokeAgencyAccess($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...AccessRequestList_connection\n    }\n  }\n": typeof types.RevokeAgencyAccessDocument,
    "\n  fragment AccessTokenList_token on AccessToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n": typeof types.AccessTokenList_TokenFragmentDoc,
    "\n  query AccessTokens {\n    accessTokens {\n      ...AccessTokenList_token\n    }\n  }\n": typeof types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($name: String!) {\n    createAccessToken(name: $name) {\n      secret\n      accessToken {\n        ...AccessTokenList_token\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      address\n      lastUsedAt\n      createdAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {\n      pendingEmail\n    }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  fragment ActivityLog_event on AuditEvent {\n    id\n    at\n    action\n    summary\n    actor {\n      id\n      name\n    }\n    actingServiceProvider {\n      id\n      name\n    }\n  }\n": typeof types.ActivityLog_EventFragmentDoc,
    "\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      nodes {\n        ...ActivityLog_event\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment AgencyInvitationFields on AgencyInvitation {\n    id\n    clientName\n    inviterName\n    email\n    status\n    invitedAt\n    respondedAt\n    connectionId\n  }\n": typeof types.AgencyInvitationFieldsFragmentDoc,
    "\n  query SentAgencyInvitations {\n    agencyInvitations {\n      ...AgencyInvitationFields\n    }\n  }\n": typeof types.SentAgencyInvitationsDocument,
    "\n  mutation InviteAgency($input: InviteAgencyInput!) {\n    inviteAgency(input: $input) {\n      ...AgencyInvitationFields\n    }\n  }\n": typeof types.InviteAgencyDocument,
    "\n  mutation ResendAgencyInvitation($invitationId: ID!) {\n    resendAgencyInvitation(invitationId: $invitationId) {\n      ...AgencyInvitationFields\n    }\n  }\n": typeof types.ResendAgencyInvitationDocument,
    "\n  mutation CancelAgencyInvitation($invitationId: ID!) {\n    cancelAgencyInvitation(invitationId: $invitationId) {\n      ...AgencyInvitationFields\n    }\n  }\n": typeof types.CancelAgencyInvitationDocument,
    "\n  query ClientRequests {\n    clientRequests {\n      ...AgencyInvitationFields\n      message\n    }\n  }\n": typeof types.ClientRequestsDocument,
    "\n  mutation RespondToClientRequest($invitationId: ID!, $accept: Boolean!) {\n    respondToClientRequest(invitationId: $invitationId, accept: $accept) {\n      ...AgencyInvitationFields\n    }\n  }\n": typeof types.RespondToClientRequestDocument,
    "\n  query AgencyInvitationPreview($token: String!) {\n    agencyInvitation(token: $token) {\n      clientName\n      inviterName\n      email\n      message\n      status\n      accountExists\n    }\n  }\n": typeof types.AgencyInvitationPreviewDocument,
    "\n  mutation AcceptAgencyInvitation($token: String!) {\n    acceptAgencyInvitation(token: $token) {\n      id\n      status\n      invitedCompanyName\n    }\n  }\n": typeof types.AcceptAgencyInvitationDocument,
    "\n  mutation DeclineAgencyInvitation($token: String!) {\n    declineAgencyInvitation(token: $token) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineAgencyInvitationDocument,
    "\n  fragment ApplicationRow_application on Application {\n    id\n    candidateName\n    candidateEmail\n    phone\n    coverNote\n    resumeUrl\n    status\n    outcomeReason\n    source\n    consentAt\n    createdAt\n    erasedAt\n  }\n": typeof types.ApplicationRow_ApplicationFragmentDoc,
    "\n  query JobApplications($jobId: ID!, $status: ApplicationStatus) {\n    applications(jobId: $jobId, status: $status) {\n      ...ApplicationRow_application\n    }\n  }\n": typeof types.JobApplicationsDocument,
    "\n  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $outcomeReason: String) {\n    setApplicationStatus(id: $id, status: $status, outcomeReason: $outcomeReason) {\n      ...ApplicationRow_application\n    }\n  }\n": typeof types.SetApplicationStatusDocument,
    "\n  mutation RequestCandidateDataExport($email: String!) {\n    requestCandidateDataExport(email: $email)\n  }\n": typeof types.RequestCandidateDataExportDocument,
    "\n  mutation RequestCandidateErasure($email: String!) {\n    requestCandidateErasure(email: $email)\n  }\n": typeof types.RequestCandidateErasureDocument,
    "\n  mutation ConfirmCandidateErasure($token: String!) {\n    confirmCandidateErasure(token: $token)\n  }\n": typeof types.ConfirmCandidateErasureDocument,
    "\n  fragment JobChannel_view on JobChannel {\n    on\n    choosable\n    channel {\n      slug\n      name\n      nationalReach\n      feedFormat\n      feedUrl\n    }\n    stays {\n      enteredAt\n      leftAt\n    }\n  }\n": typeof types.JobChannel_ViewFragmentDoc,
    "\n  fragment JobChannels_job on Job {\n    id\n    channels {\n      ...JobChannel_view\n    }\n  }\n": typeof types.JobChannels_JobFragmentDoc,
    "\n  query JobChannels($jobId: ID!) {\n    job(id: $jobId) {\n      ...JobChannels_job\n    }\n  }\n": typeof types.JobChannelsDocument,
    "\n  mutation ChooseJobChannels($jobId: ID!, $channels: [String!]!) {\n    chooseJobChannels(jobId: $jobId, channels: $channels) {\n      ...JobChannel_view\n    }\n  }\n": typeof types.ChooseJobChannelsDocument,
    "\n  mutation SetJobChannel($jobId: ID!, $channel: String!, $on: Boolean!) {\n    setJobChannel(jobId: $jobId, channel: $channel, on: $on) {\n      ...JobChannel_view\n    }\n  }\n": typeof types.SetJobChannelDocument,
    "\n  fragment ClientList_connection on ClientConnection {\n    id\n    invitedCompanyName\n    invitedEmail\n    contactName\n    status\n    invitedAt\n    respondedAt\n    sharedCredits\n    client {\n      id\n      name\n    }\n  }\n": typeof types.ClientList_ConnectionFragmentDoc,
    "\n  query Clients($status: ConnectionStatus, $search: String, $first: Int!, $after: String) {\n    clients(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ClientList_connection\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ClientsDocument,
    "\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) {\n      ...ClientList_connection\n    }\n  }\n": typeof types.InviteClientDocument,
    "\n  mutation ResendClientInvitation($connectionId: ID!) {\n    resendClientInvitation(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n": typeof types.ResendClientInvitationDocument,
    "\n  mutation RevokeClientConnection($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n": typeof types.RevokeClientConnectionDocument,
    "\n  mutation AccessCompany($connectionId: ID!) {\n    accessCompany(connectionId: $connectionId) {\n      ...SessionViewer\n    }\n  }\n": typeof types.AccessCompanyDocument,
    "\n  mutation SwitchToServiceProvider {\n    switchToServiceProvider {\n      ...SessionViewer\n    }\n  }\n": typeof types.SwitchToServiceProviderDocument,
    "\n  fragment ContactCandidate_application on Application {\n    id\n    candidateName\n    candidateEmail\n    phone\n    status\n    resumeUrl\n    createdAt\n    erasedAt\n  }\n": typeof types.ContactCandidate_ApplicationFragmentDoc,
    "\n  fragment ContactJobCard_job on Job {\n    id\n    title\n    status\n    workType\n    createdAt\n    publishedAt\n    closesAt\n    applicationCount\n    location {\n      city\n      state\n      postcode\n      country\n    }\n  }\n": typeof types.ContactJobCard_JobFragmentDoc,
    "\n  query CompanyDetails {\n    viewer {\n      currentOrganization {\n        ...CompanyDetails_organization\n      }\n    }\n  }\n": typeof types.CompanyDetailsDocument,
    "\n  fragment CompanyDetails_organization on Organization {\n    id\n    name\n    phone\n    website\n    address\n  }\n": typeof types.CompanyDetails_OrganizationFragmentDoc,
    "\n  mutation UpdateCompanyDetails($input: CompanyDetailsInput!) {\n    updateCompanyDetails(input: $input) {\n      ...CompanyDetails_organization\n    }\n  }\n": typeof types.UpdateCompanyDetailsDocument,
    "\n  query ContactJobs($first: Int!, $after: String) {\n    jobs(first: $first, after: $after) {\n      nodes {\n        ...ContactJobCard_job\n      }\n      totalCount\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ContactJobsDocument,
    "\n  query ContactJob($id: ID!) {\n    job(id: $id) {\n      ...ContactJobCard_job\n    }\n  }\n": typeof types.ContactJobDocument,
    "\n  query ContactCandidates($jobId: ID!) {\n    applications(jobId: $jobId) {\n      ...ContactCandidate_application\n    }\n  }\n": typeof types.ContactCandidatesDocument,
    "\n  query PortalInvitation($token: String!) {\n    portalInvitation(token: $token) {\n      contactName\n      email\n      companyName\n      serviceProviderName\n      portalSlug\n      accountExists\n    }\n  }\n": typeof types.PortalInvitationDocument,
    "\n  mutation ActivatePortalAccount($token: String!, $password: String!) {\n    activatePortalAccount(token: $token, password: $password) {\n      ...SessionViewer\n    }\n  }\n": typeof types.ActivatePortalAccountDocument,
    "\n  mutation SubmitVacancy($input: VacancyInput!) {\n    submitVacancy(input: $input) {\n      ...ContactJobCard_job\n    }\n  }\n": typeof types.SubmitVacancyDocument,
    "\n  fragment ContactList_contact on Contact {\n    id\n    name\n    email\n    phone\n    portalStatus\n    invitedAt\n    lastLoginAt\n    createdAt\n    company {\n      id\n      name\n    }\n  }\n": typeof types.ContactList_ContactFragmentDoc,
    "\n  query AgencyContacts($portalStatus: PortalAccountStatus, $search: String, $first: Int!, $after: String) {\n    contacts(portalStatus: $portalStatus, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ContactList_contact\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": typeof types.AgencyContactsDocument,
    "\n  query ContactCompanyOptions($first: Int!) {\n    clients(status: ACTIVE, first: $first) {\n      nodes {\n        id\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ContactCompanyOptionsDocument,
    "\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactList_contact\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation InviteContactToPortal($contactId: ID!) {\n    inviteContactToPortal(contactId: $contactId) {\n      ...ContactList_contact\n    }\n  }\n": typeof types.InviteContactToPortalDocument,
    "\n  fragment CreditBalanceCard_organization on Organization {\n    id\n    kind\n    creditBalance\n    creditSharingEnabled\n  }\n": typeof types.CreditBalanceCard_OrganizationFragmentDoc,
    "\n  fragment CreditHistoryTable_entry on CreditEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    createdAt\n    actor {\n      id\n      name\n    }\n    client {\n      id\n      name\n    }\n    job {\n      id\n      title\n      status\n    }\n  }\n": typeof types.CreditHistoryTable_EntryFragmentDoc,
    "\n  fragment CreditSharingCard_organization on Organization {\n    id\n    creditSharingEnabled\n  }\n": typeof types.CreditSharingCard_OrganizationFragmentDoc,
    "\n  query CreditHistory($first: Int!, $after: String) {\n    creditHistory(first: $first, after: $after) {\n      nodes {\n        ...CreditHistoryTable_entry\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.CreditHistoryDocument,
    "\n  query CreditOverview {\n    viewer {\n      currentOrganization {\n        id\n        name\n        kind\n        ...CreditBalanceCard_organization\n        ...CreditSharingCard_organization\n      }\n      serviceProvider {\n        id\n        name\n      }\n      accessingClient {\n        id\n        sharedCredits\n      }\n    }\n  }\n": typeof types.CreditOverviewDocument,
    "\n  query PricingPlans {\n    pricingPlans {\n      id\n      code\n      name\n      kind\n      credits\n      priceCents\n      currency\n      creditValidityDays\n    }\n  }\n": typeof types.PricingPlansDocument,
    "\n  mutation PurchaseCredits($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      nextAction {\n        clientSecret\n      }\n      receiptNumber\n    }\n  }\n": typeof types.PurchaseCreditsDocument,
    "\n  mutation SetCreditSharing($enabled: Boolean!) {\n    setCreditSharing(enabled: $enabled) {\n      id\n      creditSharingEnabled\n    }\n  }\n": typeof types.SetCreditSharingDocument,
    "\n  query AgencyToday {\n    agencyToday {\n      lmtReadyToLodge {\n        jobId\n        title\n        clientName\n        earliestLodgement\n        latestLodgement\n        windowClosesInDays\n      }\n      lmtWindowClosing {\n        jobId\n        title\n        clientName\n        latestLodgement\n        windowClosesInDays\n      }\n      vacanciesWaiting {\n        jobId\n        title\n        clientName\n        submittedAt\n      }\n      invitationsPending {\n        id\n        companyName\n        email\n        invitedAt\n        expiresAt\n      }\n      creditBalance\n      creditAlertThreshold\n      creditsLow\n      creditsExpiringSoon {\n        remaining\n        expiresAt\n      }\n      nextCreditExpiry {\n        remaining\n        expiresAt\n      }\n      month\n      publishedThisMonth {\n        clientId\n        clientName\n        published\n      }\n    }\n  }\n": typeof types.AgencyTodayDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      serviceProviderName\n      inviterName\n      invitedCompanyName\n      invitedEmail\n      status\n      accountExists\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptClientInvitation($token: String!) {\n    acceptClientInvitation(token: $token) {\n      id\n      status\n      serviceProvider {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptClientInvitationDocument,
    "\n  query Invoices {\n    invoices {\n      id\n      kind\n      number\n      issuedAt\n      description\n      amountCents\n      gstCents\n      currency\n      pdfUrl\n      adjusts {\n        id\n        number\n      }\n      job {\n        id\n        title\n      }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  query Usage($month: String!) {\n    usage(month: $month) {\n      month\n      ads\n      credits\n      valueCents\n      csvUrl\n      clients {\n        clientId\n        clientName\n        ads\n        credits\n        valueCents\n        statementUrl\n        lines {\n          entryId\n          day\n          jobTitle\n          publishedByName\n          credits\n          valueCents\n        }\n      }\n    }\n  }\n": typeof types.UsageDocument,
    "\n  fragment JobDetail_job on Job {\n    id\n    title\n    publicPath\n    description\n    requirements\n    workType\n    lmt\n    showSalary\n    durationDays\n    occupationCode\n    location {\n      city\n      state\n      postcode\n      country\n    }\n    salary {\n      min\n      max\n      period\n      currency\n    }\n    employer {\n      id\n      name\n    }\n    status\n    createdAt\n    updatedAt\n    publishedAt\n    closesAt\n    applicationCount\n    createdBy {\n      id\n      name\n    }\n    createdByServiceProvider {\n      id\n      name\n    }\n    payment {\n      source\n      amountCents\n      paidAt\n      payer {\n        id\n        name\n      }\n    }\n    invoice {\n      id\n      number\n      pdfUrl\n    }\n    revisions {\n      number\n      createdAt\n      afterPublish\n      title\n      workType\n      location {\n        city\n        state\n        postcode\n        country\n      }\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.JobDetail_JobFragmentDoc,
    "\n  fragment JobList_job on Job {\n    id\n    title\n    status\n    createdAt\n    publishedAt\n    closesAt\n    lmt\n    applicationCount\n    location {\n      city\n      state\n      postcode\n      country\n    }\n    createdByServiceProvider {\n      id\n      name\n    }\n  }\n": typeof types.JobList_JobFragmentDoc,
    "\n  query Jobs($status: JobStatus, $first: Int!, $after: String) {\n    jobs(status: $status, first: $first, after: $after) {\n      nodes {\n        ...JobList_job\n        payment {\n          source\n          amountCents\n          payer {\n            id\n            name\n          }\n        }\n      }\n      totalCount\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.JobsDocument,
    "\n  query Job($id: ID!) {\n    job(id: $id) {\n      ...JobDetail_job\n    }\n  }\n": typeof types.JobDocument,
    "\n  mutation CreateJob($input: JobInput!) {\n    createJob(input: $input) {\n      ...JobDetail_job\n    }\n  }\n": typeof types.CreateJobDocument,
    "\n  mutation UpdateJob($id: ID!, $input: JobInput!, $confirmLmtRecordChange: Boolean! = false) {\n    updateJob(id: $id, input: $input, confirmLmtRecordChange: $confirmLmtRecordChange) {\n      ...JobDetail_job\n    }\n  }\n": typeof types.UpdateJobDocument,
    "\n  mutation CloseJob($id: ID!) {\n    closeJob(id: $id) {\n      ...JobDetail_job\n    }\n  }\n": typeof types.CloseJobDocument,
    "\n  mutation DeleteDraftJob($id: ID!) {\n    deleteDraftJob(id: $id)\n  }\n": typeof types.DeleteDraftJobDocument,
    "\n  query PublishQuote($jobId: ID!) {\n    publishQuote(jobId: $jobId) {\n      source\n      serviceProviderCredits\n      serviceProviderSharingEnabled\n      serviceProviderBalance\n      ownCredits\n      priceCents\n      currency\n      canPublishWithCredits\n    }\n  }\n": typeof types.PublishQuoteDocument,
    "\n  mutation PublishJob($id: ID!, $payment: PaymentInput, $idempotencyKey: String) {\n    publishJob(id: $id, payment: $payment, idempotencyKey: $idempotencyKey) {\n      ...JobDetail_job\n    }\n  }\n": typeof types.PublishJobDocument,
    "\n  query LmtChecks($input: JobInput!, $jobId: ID) {\n    lmtChecks(input: $input, jobId: $jobId) {\n      code\n      label\n      passed\n      detail\n      atPublish\n    }\n  }\n": typeof types.LmtChecksDocument,
    "\n  query LmtReport($jobId: ID!) {\n    lmtReport(jobId: $jobId) {\n      readOnly\n      employerName\n      job {\n        id\n        title\n        status\n        lmt\n        showSalary\n        publishedAt\n        closesAt\n        durationDays\n        occupationCode\n      }\n      compliant\n      checks {\n        code\n        label\n        passed\n        detail\n        atPublish\n      }\n      advertisedFrom\n      advertisedUntil\n      daysAdvertised\n      applicationCount\n      csvUrl\n      pdfUrl\n      evidenceUrl\n      advertiserName\n      placements {\n        id\n        isPortalAd\n        board\n        nationalReach\n        url\n        sourceCode\n        trackingUrl\n        startsOn\n        endsOn\n        days\n        applicationCount\n        views\n      }\n      runs {\n        board\n        nationalReach\n        startsOn\n        endsOn\n        days\n        counted\n        gaps {\n          after\n          resumedOn\n          days\n        }\n      }\n      earliestLodgement\n      latestLodgement\n      intendedLodgement\n      redundancyOn\n      portalNationalReach\n      salary {\n        min\n        max\n        period\n        currency\n      }\n      salaryText\n      annualEarnings\n      salaryThreshold\n      revisions {\n        number\n        title\n        createdAt\n        afterPublish\n        author {\n          id\n          name\n        }\n      }\n      firstPublishedRevision {\n        number\n        title\n        createdAt\n      }\n      applications {\n        id\n        candidateName\n        source\n        placementId\n        placementBoard\n        status\n        outcomeReason\n        appliedAt\n      }\n      outcomes {\n        status\n        count\n      }\n      generatedAt\n    }\n  }\n": typeof types.LmtReportDocument,
    "\n  mutation AddLmtPlacement($jobId: ID!, $input: LmtPlacementInput!) {\n    addLmtPlacement(jobId: $jobId, input: $input) {\n      generatedAt\n    }\n  }\n": typeof types.AddLmtPlacementDocument,
    "\n  mutation RemoveLmtPlacement($id: ID!) {\n    removeLmtPlacement(id: $id) {\n      generatedAt\n    }\n  }\n": typeof types.RemoveLmtPlacementDocument,
    "\n  mutation SetLmtDates($jobId: ID!, $intendedLodgement: String, $redundancyOn: String, $portalNationalReach: Boolean) {\n    setLmtDates(\n      jobId: $jobId\n      intendedLodgement: $intendedLodgement\n      redundancyOn: $redundancyOn\n      portalNationalReach: $portalNationalReach\n    ) {\n      generatedAt\n    }\n  }\n": typeof types.SetLmtDatesDocument,
    "\n  query LmtTracker($filter: LmtTrackerFilter, $sort: LmtTrackerSort, $descending: Boolean) {\n    lmtTracker(filter: $filter, sort: $sort, descending: $descending) {\n      total\n      csvUrl\n      clients {\n        id\n        name\n      }\n      rows {\n        jobId\n        clientId\n        clientName\n        connectionId\n        title\n        status\n        requiredDays\n        compliant\n        earliestLodgement\n        latestLodgement\n        redundancyOn\n        readyToLodge\n        windowClosesInDays\n        nationalPlacements {\n          board\n          days\n        }\n        failingChecks {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.LmtTrackerDocument,
    "\n  query DevMailbox($to: String) {\n    devMailbox(to: $to) {\n      id\n      to\n      subject\n      text\n      createdAt\n      sentAt\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      mail\n      inApp\n    }\n    notificationSettings {\n      creditAlertThreshold\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $mail: Boolean!, $inApp: Boolean!) {\n    setNotificationPreference(kind: $kind, mail: $mail, inApp: $inApp) {\n      kind\n      label\n      mail\n      inApp\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetCreditAlertThreshold($threshold: Int) {\n    setCreditAlertThreshold(threshold: $threshold) {\n      creditAlertThreshold\n    }\n  }\n": typeof types.SetCreditAlertThresholdDocument,
    "\n  query PaymentSettings {\n    paymentSettings {\n      provider\n      stripePublishableKey\n      stripeJsUrl\n    }\n  }\n": typeof types.PaymentSettingsDocument,
    "\n  query Billing {\n    subscription {\n      id\n      status\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      notice\n      canceledAt\n      plan {\n        id\n        code\n        name\n        credits\n        priceCents\n        currency\n      }\n      nextPlan {\n        id\n        code\n        name\n        credits\n        priceCents\n        currency\n      }\n    }\n    purchases {\n      id\n      receiptNumber\n      receiptUrl\n      amountCents\n      currency\n      status\n      createdAt\n      quantity\n      credits\n      plan {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.BillingDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      id\n      status\n      renewsAt\n      canceledAt\n      currentPeriodEnd\n      notice\n    }\n  }\n": typeof types.CancelSubscriptionDocument,
    "\n  query PlanOverview {\n    pricingPlans {\n      ...PlanFields\n    }\n    subscription {\n      id\n      status\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      notice\n      canceledAt\n      plan {\n        ...PlanFields\n      }\n      nextPlan {\n        ...PlanFields\n      }\n    }\n    creditLots {\n      id\n      planKind\n      granted\n      remaining\n      expiresAt\n      createdAt\n    }\n    purchases {\n      id\n      status\n      createdAt\n      plan {\n        id\n        code\n        kind\n      }\n    }\n    viewer {\n      currentOrganization {\n        id\n        kind\n        creditBalance\n        creditSharingEnabled\n      }\n    }\n  }\n\n  fragment PlanFields on PricingPlan {\n    id\n    code\n    name\n    kind\n    credits\n    priceCents\n    currency\n    creditValidityDays\n  }\n": typeof types.PlanOverviewDocument,
    "\n  mutation PurchasePlan($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      nextAction {\n        clientSecret\n      }\n      receiptNumber\n      receiptUrl\n      plan {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PurchasePlanDocument,
    "\n  fragment MyPortal_portal on Portal {\n    id\n    slug\n    title\n    intro\n    primaryColor\n    logoUrl\n    enabled\n    serviceProvider {\n      id\n      name\n    }\n  }\n": typeof types.MyPortal_PortalFragmentDoc,
    "\n  query MyPortal {\n    myPortal {\n      ...MyPortal_portal\n    }\n  }\n": typeof types.MyPortalDocument,
    "\n  mutation SavePortal($input: PortalInput!) {\n    savePortal(input: $input) {\n      ...MyPortal_portal\n    }\n  }\n": typeof types.SavePortalDocument,
    "\n  query PublicPortal($slug: String!) {\n    portal(slug: $slug) {\n      id\n      slug\n      title\n      intro\n      primaryColor\n      logoUrl\n      enabled\n      serviceProvider {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PublicPortalDocument,
    "\n  query PortalJobs($slug: String!, $query: String, $location: String, $first: Int!, $after: String) {\n    portalJobs(slug: $slug, query: $query, location: $location, first: $first, after: $after) {\n      nodes {\n        id\n        title\n        employerName\n        workType\n        publishedAt\n        location {\n          city\n          state\n          postcode\n          country\n        }\n        salary {\n          min\n          max\n          period\n          currency\n        }\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": typeof types.PortalJobsDocument,
    "\n  query MyOrganizations {\n    myOrganizations {\n      current\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MyOrganizationsDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      currentOrganization {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.SwitchOrganizationDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionViewer\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment SessionViewer on Viewer {\n    emailVerified\n    pendingEmail\n    user {\n      id\n      name\n      email\n    }\n    currentOrganization {\n      id\n      name\n      kind\n    }\n    serviceProvider {\n      id\n      name\n    }\n    accessingClient {\n      id\n      invitedCompanyName\n    }\n    memberships {\n      role\n      organization {\n        id\n      }\n    }\n    contactPortal {\n      id\n      slug\n    }\n  }\n": typeof types.SessionViewerFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query TeamInvitationPreview($token: String!) {\n    teamInvitation(token: $token) {\n      organizationName\n      email\n      role\n      accountExists\n    }\n  }\n": typeof types.TeamInvitationPreviewDocument,
    "\n  mutation SignUpFromTeamInvitation($input: SignUpFromTeamInvitationInput!) {\n    signUpFromTeamInvitation(input: $input) {\n      ...SessionViewer\n    }\n  }\n": typeof types.SignUpFromTeamInvitationDocument,
    "\n  mutation AcceptTeamInvitation($token: String!) {\n    acceptTeamInvitation(token: $token) {\n      ...SessionViewer\n    }\n  }\n": typeof types.AcceptTeamInvitationDocument,
    "\n  query Team {\n    team {\n      members {\n        userId\n        name\n        email\n        role\n        joinedAt\n      }\n      invitations {\n        id\n        email\n        role\n        invitedAt\n        expiresAt\n        expired\n      }\n      permissions {\n        action\n        label\n        roles\n        needsVerifiedEmail\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  mutation InviteTeamMember($email: String!, $role: MembershipRole!) {\n    inviteTeamMember(email: $email, role: $role) {\n      id\n      email\n    }\n  }\n": typeof types.InviteTeamMemberDocument,
    "\n  mutation ResendTeamInvitation($id: ID!) {\n    resendTeamInvitation(id: $id) {\n      id\n      expiresAt\n      expired\n    }\n  }\n": typeof types.ResendTeamInvitationDocument,
    "\n  mutation CancelTeamInvitation($id: ID!) {\n    cancelTeamInvitation(id: $id)\n  }\n": typeof types.CancelTeamInvitationDocument,
    "\n  mutation ChangeTeamMemberRole($userId: ID!, $role: MembershipRole!) {\n    changeTeamMemberRole(userId: $userId, role: $role) {\n      userId\n      role\n    }\n  }\n": typeof types.ChangeTeamMemberRoleDocument,
    "\n  mutation RemoveTeamMember($userId: ID!) {\n    removeTeamMember(userId: $userId)\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  mutation TransferOwnership($userId: ID!) {\n    transferOwnership(userId: $userId) {\n      userId\n      role\n    }\n  }\n": typeof types.TransferOwnershipDocument,
    "\n  mutation LeaveTeam {\n    leaveTeam\n  }\n": typeof types.LeaveTeamDocument,
};
const documents: Documents = {
    "\n  fragment AccessRequestList_connection on ClientConnection {\n    id\n    status\n    invitedAt\n    respondedAt\n    invitedEmail\n    invitedCompanyName\n    serviceProvider {\n      id\n      name\n    }\n  }\n": types.AccessRequestList_ConnectionFragmentDoc,
    "\n  query AccessRequests($status: ConnectionStatus) {\n    accessRequests(status: $status) {\n      ...AccessRequestList_connection\n    }\n  }\n": types.AccessRequestsDocument,
    "\n  mutation RespondToAccessRequest($connectionId: ID!, $accept: Boolean!) {\n    respondToAccessRequest(connectionId: $connectionId, accept: $accept) {\n      ...AccessRequestList_connection\n    }\n  }\n": types.RespondToAccessRequestDocument,
    "\n  mutation RevokeAgencyAccess($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...AccessRequestList_connection\n    }\n  }\n": types.RevokeAgencyAccessDocument,
    "\n  fragment AccessTokenList_token on AccessToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n": types.AccessTokenList_TokenFragmentDoc,
    "\n  query AccessTokens {\n    accessTokens {\n      ...AccessTokenList_token\n    }\n  }\n": types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($name: String!) {\n    createAccessToken(name: $name) {\n      secret\n      accessToken {\n        ...AccessTokenList_token\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($id: ID!) {\n    revokeAccessToken(id: $id)\n  }\n": types.RevokeAccessTokenDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      address\n      lastUsedAt\n      createdAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {\n      pendingEmail\n    }\n  }\n": types.ChangeEmailDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  fragment ActivityLog_event on AuditEvent {\n    id\n    at\n    action\n    summary\n    actor {\n      id\n      name\n    }\n    actingServiceProvider {\n      id\n      name\n    }\n  }\n": types.ActivityLog_EventFragmentDoc,
    "\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      nodes {\n        ...ActivityLog_event\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment AgencyInvitationFields on AgencyInvitation {\n    id\n    clientName\n    inviterName\n    email\n    status\n    invitedAt\n    respondedAt\n    connectionId\n  }\n": types.AgencyInvitationFieldsFragmentDoc,
    "\n  query SentAgencyInvitations {\n    agencyInvitations {\n      ...AgencyInvitationFields\n    }\n  }\n": types.SentAgencyInvitationsDocument,
    "\n  mutation InviteAgency($input: InviteAgencyInput!) {\n    inviteAgency(input: $input) {\n      ...AgencyInvitationFields\n    }\n  }\n": types.InviteAgencyDocument,
    "\n  mutation ResendAgencyInvitation($invitationId: ID!) {\n    resendAgencyInvitation(invitationId: $invitationId) {\n      ...AgencyInvitationFields\n    }\n  }\n": types.ResendAgencyInvitationDocument,
    "\n  mutation CancelAgencyInvitation($invitationId: ID!) {\n    cancelAgencyInvitation(invitationId: $invitationId) {\n      ...AgencyInvitationFields\n    }\n  }\n": types.CancelAgencyInvitationDocument,
    "\n  query ClientRequests {\n    clientRequests {\n      ...AgencyInvitationFields\n      message\n    }\n  }\n": types.ClientRequestsDocument,
    "\n  mutation RespondToClientRequest($invitationId: ID!, $accept: Boolean!) {\n    respondToClientRequest(invitationId: $invitationId, accept: $accept) {\n      ...AgencyInvitationFields\n    }\n  }\n": types.RespondToClientRequestDocument,
    "\n  query AgencyInvitationPreview($token: String!) {\n    agencyInvitation(token: $token) {\n      clientName\n      inviterName\n      email\n      message\n      status\n      accountExists\n    }\n  }\n": types.AgencyInvitationPreviewDocument,
    "\n  mutation AcceptAgencyInvitation($token: String!) {\n    acceptAgencyInvitation(token: $token) {\n      id\n      status\n      invitedCompanyName\n    }\n  }\n": types.AcceptAgencyInvitationDocument,
    "\n  mutation DeclineAgencyInvitation($token: String!) {\n    declineAgencyInvitation(token: $token) {\n      id\n      status\n    }\n  }\n": types.DeclineAgencyInvitationDocument,
    "\n  fragment ApplicationRow_application on Application {\n    id\n    candidateName\n    candidateEmail\n    phone\n    coverNote\n    resumeUrl\n    status\n    outcomeReason\n    source\n    consentAt\n    createdAt\n    erasedAt\n  }\n": types.ApplicationRow_ApplicationFragmentDoc,
    "\n  query JobApplications($jobId: ID!, $status: ApplicationStatus) {\n    applications(jobId: $jobId, status: $status) {\n      ...ApplicationRow_application\n    }\n  }\n": types.JobApplicationsDocument,
    "\n  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $outcomeReason: String) {\n    setApplicationStatus(id: $id, status: $status, outcomeReason: $outcomeReason) {\n      ...ApplicationRow_application\n    }\n  }\n": types.SetApplicationStatusDocument,
    "\n  mutation RequestCandidateDataExport($email: String!) {\n    requestCandidateDataExport(email: $email)\n  }\n": types.RequestCandidateDataExportDocument,
    "\n  mutation RequestCandidateErasure($email: String!) {\n    requestCandidateErasure(email: $email)\n  }\n": types.RequestCandidateErasureDocument,
    "\n  mutation ConfirmCandidateErasure($token: String!) {\n    confirmCandidateErasure(token: $token)\n  }\n": types.ConfirmCandidateErasureDocument,
    "\n  fragment JobChannel_view on JobChannel {\n    on\n    choosable\n    channel {\n      slug\n      name\n      nationalReach\n      feedFormat\n      feedUrl\n    }\n    stays {\n      enteredAt\n      leftAt\n    }\n  }\n": types.JobChannel_ViewFragmentDoc,
    "\n  fragment JobChannels_job on Job {\n    id\n    channels {\n      ...JobChannel_view\n    }\n  }\n": types.JobChannels_JobFragmentDoc,
    "\n  query JobChannels($jobId: ID!) {\n    job(id: $jobId) {\n      ...JobChannels_job\n    }\n  }\n": types.JobChannelsDocument,
    "\n  mutation ChooseJobChannels($jobId: ID!, $channels: [String!]!) {\n    chooseJobChannels(jobId: $jobId, channels: $channels) {\n      ...JobChannel_view\n    }\n  }\n": types.ChooseJobChannelsDocument,
    "\n  mutation SetJobChannel($jobId: ID!, $channel: String!, $on: Boolean!) {\n    setJobChannel(jobId: $jobId, channel: $channel, on: $on) {\n      ...JobChannel_view\n    }\n  }\n": types.SetJobChannelDocument,
    "\n  fragment ClientList_connection on ClientConnection {\n    id\n    invitedCompanyName\n    invitedEmail\n    contactName\n    status\n    invitedAt\n    respondedAt\n    sharedCredits\n    client {\n      id\n      name\n    }\n  }\n": types.ClientList_ConnectionFragmentDoc,
    "\n  query Clients($status: ConnectionStatus, $search: String, $first: Int!, $after: String) {\n    clients(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ClientList_connection\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ClientsDocument,
    "\n  mutation InviteClient($input: InviteClientInput!) {\n    inviteClient(input: $input) {\n      ...ClientList_connection\n    }\n  }\n": types.InviteClientDocument,
    "\n  mutation ResendClientInvitation($connectionId: ID!) {\n    resendClientInvitation(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n": types.ResendClientInvitationDocument,
    "\n  mutation RevokeClientConnection($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...ClientList_connection\n    }\n  }\n": types.RevokeClientConnectionDocument,
    "\n  mutation AccessCompany($connectionId: ID!) {\n    accessCompany(connectionId: $connectionId) {\n      ...SessionViewer\n    }\n  }\n": types.AccessCompanyDocument,
    "\n  mutation SwitchToServiceProvider {\n    switchToServiceProvider {\n      ...SessionViewer\n    }\n  }\n": types.SwitchToServiceProviderDocument,
    "\n  fragment ContactCandidate_application on Application {\n    id\n    candidateName\n    candidateEmail\n    phone\n    status\n    resumeUrl\n    createdAt\n    erasedAt\n  }\n": types.ContactCandidate_ApplicationFragmentDoc,
    "\n  fragment ContactJobCard_job on Job {\n    id\n    title\n    status\n    workType\n    createdAt\n    publishedAt\n    closesAt\n    applicationCount\n    location {\n      city\n      state\n      postcode\n      country\n    }\n  }\n": types.ContactJobCard_JobFragmentDoc,
    "\n  query CompanyDetails {\n    viewer {\n      currentOrganization {\n        ...CompanyDetails_organization\n      }\n    }\n  }\n": types.CompanyDetailsDocument,
    "\n  fragment CompanyDetails_organization on Organization {\n    id\n    name\n    phone\n    website\n    address\n  }\n": types.CompanyDetails_OrganizationFragmentDoc,
    "\n  mutation UpdateCompanyDetails($input: CompanyDetailsInput!) {\n    updateCompanyDetails(input: $input) {\n      ...CompanyDetails_organization\n    }\n  }\n": types.UpdateCompanyDetailsDocument,
    "\n  query ContactJobs($first: Int!, $after: String) {\n    jobs(first: $first, after: $after) {\n      nodes {\n        ...ContactJobCard_job\n      }\n      totalCount\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ContactJobsDocument,
    "\n  query ContactJob($id: ID!) {\n    job(id: $id) {\n      ...ContactJobCard_job\n    }\n  }\n": types.ContactJobDocument,
    "\n  query ContactCandidates($jobId: ID!) {\n    applications(jobId: $jobId) {\n      ...ContactCandidate_application\n    }\n  }\n": types.ContactCandidatesDocument,
    "\n  query PortalInvitation($token: String!) {\n    portalInvitation(token: $token) {\n      contactName\n      email\n      companyName\n      serviceProviderName\n      portalSlug\n      accountExists\n    }\n  }\n": types.PortalInvitationDocument,
    "\n  mutation ActivatePortalAccount($token: String!, $password: String!) {\n    activatePortalAccount(token: $token, password: $password) {\n      ...SessionViewer\n    }\n  }\n": types.ActivatePortalAccountDocument,
    "\n  mutation SubmitVacancy($input: VacancyInput!) {\n    submitVacancy(input: $input) {\n      ...ContactJobCard_job\n    }\n  }\n": types.SubmitVacancyDocument,
    "\n  fragment ContactList_contact on Contact {\n    id\n    name\n    email\n    phone\n    portalStatus\n    invitedAt\n    lastLoginAt\n    createdAt\n    company {\n      id\n      name\n    }\n  }\n": types.ContactList_ContactFragmentDoc,
    "\n  query AgencyContacts($portalStatus: PortalAccountStatus, $search: String, $first: Int!, $after: String) {\n    contacts(portalStatus: $portalStatus, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ContactList_contact\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": types.AgencyContactsDocument,
    "\n  query ContactCompanyOptions($first: Int!) {\n    clients(status: ACTIVE, first: $first) {\n      nodes {\n        id\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ContactCompanyOptionsDocument,
    "\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactList_contact\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation InviteContactToPortal($contactId: ID!) {\n    inviteContactToPortal(contactId: $contactId) {\n      ...ContactList_contact\n    }\n  }\n": types.InviteContactToPortalDocument,
    "\n  fragment CreditBalanceCard_organization on Organization {\n    id\n    kind\n    creditBalance\n    creditSharingEnabled\n  }\n": types.CreditBalanceCard_OrganizationFragmentDoc,
    "\n  fragment CreditHistoryTable_entry on CreditEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    createdAt\n    actor {\n      id\n      name\n    }\n    client {\n      id\n      name\n    }\n    job {\n      id\n      title\n      status\n    }\n  }\n": types.CreditHistoryTable_EntryFragmentDoc,
    "\n  fragment CreditSharingCard_organization on Organization {\n    id\n    creditSharingEnabled\n  }\n": types.CreditSharingCard_OrganizationFragmentDoc,
    "\n  query CreditHistory($first: Int!, $after: String) {\n    creditHistory(first: $first, after: $after) {\n      nodes {\n        ...CreditHistoryTable_entry\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.CreditHistoryDocument,
    "\n  query CreditOverview {\n    viewer {\n      currentOrganization {\n        id\n        name\n        kind\n        ...CreditBalanceCard_organization\n        ...CreditSharingCard_organization\n      }\n      serviceProvider {\n        id\n        name\n      }\n      accessingClient {\n        id\n        sharedCredits\n      }\n    }\n  }\n": types.CreditOverviewDocument,
    "\n  query PricingPlans {\n    pricingPlans {\n      id\n      code\n      name\n      kind\n      credits\n      priceCents\n      currency\n      creditValidityDays\n    }\n  }\n": types.PricingPlansDocument,
    "\n  mutation PurchaseCredits($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      nextAction {\n        clientSecret\n      }\n      receiptNumber\n    }\n  }\n": types.PurchaseCreditsDocument,
    "\n  mutation SetCreditSharing($enabled: Boolean!) {\n    setCreditSharing(enabled: $enabled) {\n      id\n      creditSharingEnabled\n    }\n  }\n": types.SetCreditSharingDocument,
    "\n  query AgencyToday {\n    agencyToday {\n      lmtReadyToLodge {\n        jobId\n        title\n        clientName\n        earliestLodgement\n        latestLodgement\n        windowClosesInDays\n      }\n      lmtWindowClosing {\n        jobId\n        title\n        clientName\n        latestLodgement\n        windowClosesInDays\n      }\n      vacanciesWaiting {\n        jobId\n        title\n        clientName\n        submittedAt\n      }\n      invitationsPending {\n        id\n        companyName\n        email\n        invitedAt\n        expiresAt\n      }\n      creditBalance\n      creditAlertThreshold\n      creditsLow\n      creditsExpiringSoon {\n        remaining\n        expiresAt\n      }\n      nextCreditExpiry {\n        remaining\n        expiresAt\n      }\n      month\n      publishedThisMonth {\n        clientId\n        clientName\n        published\n      }\n    }\n  }\n": types.AgencyTodayDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      serviceProviderName\n      inviterName\n      invitedCompanyName\n      invitedEmail\n      status\n      accountExists\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptClientInvitation($token: String!) {\n    acceptClientInvitation(token: $token) {\n      id\n      status\n      serviceProvider {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptClientInvitationDocument,
    "\n  query Invoices {\n    invoices {\n      id\n      kind\n      number\n      issuedAt\n      description\n      amountCents\n      gstCents\n      currency\n      pdfUrl\n      adjusts {\n        id\n        number\n      }\n      job {\n        id\n        title\n      }\n    }\n  }\n": types.InvoicesDocument,
    "\n  query Usage($month: String!) {\n    usage(month: $month) {\n      month\n      ads\n      credits\n      valueCents\n      csvUrl\n      clients {\n        clientId\n        clientName\n        ads\n        credits\n        valueCents\n        statementUrl\n        lines {\n          entryId\n          day\n          jobTitle\n          publishedByName\n          credits\n          valueCents\n        }\n      }\n    }\n  }\n": types.UsageDocument,
    "\n  fragment JobDetail_job on Job {\n    id\n    title\n    publicPath\n    description\n    requirements\n    workType\n    lmt\n    showSalary\n    durationDays\n    occupationCode\n    location {\n      city\n      state\n      postcode\n      country\n    }\n    salary {\n      min\n      max\n      period\n      currency\n    }\n    employer {\n      id\n      name\n    }\n    status\n    createdAt\n    updatedAt\n    publishedAt\n    closesAt\n    applicationCount\n    createdBy {\n      id\n      name\n    }\n    createdByServiceProvider {\n      id\n      name\n    }\n    payment {\n      source\n      amountCents\n      paidAt\n      payer {\n        id\n        name\n      }\n    }\n    invoice {\n      id\n      number\n      pdfUrl\n    }\n    revisions {\n      number\n      createdAt\n      afterPublish\n      title\n      workType\n      location {\n        city\n        state\n        postcode\n        country\n      }\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.JobDetail_JobFragmentDoc,
    "\n  fragment JobList_job on Job {\n    id\n    title\n    status\n    createdAt\n    publishedAt\n    closesAt\n    lmt\n    applicationCount\n    location {\n      city\n      state\n      postcode\n      country\n    }\n    createdByServiceProvider {\n      id\n      name\n    }\n  }\n": types.JobList_JobFragmentDoc,
    "\n  query Jobs($status: JobStatus, $first: Int!, $after: String) {\n    jobs(status: $status, first: $first, after: $after) {\n      nodes {\n        ...JobList_job\n        payment {\n          source\n          amountCents\n          payer {\n            id\n            name\n          }\n        }\n      }\n      totalCount\n      endCursor\n      hasNextPage\n    }\n  }\n": types.JobsDocument,
    "\n  query Job($id: ID!) {\n    job(id: $id) {\n      ...JobDetail_job\n    }\n  }\n": types.JobDocument,
    "\n  mutation CreateJob($input: JobInput!) {\n    createJob(input: $input) {\n      ...JobDetail_job\n    }\n  }\n": types.CreateJobDocument,
    "\n  mutation UpdateJob($id: ID!, $input: JobInput!, $confirmLmtRecordChange: Boolean! = false) {\n    updateJob(id: $id, input: $input, confirmLmtRecordChange: $confirmLmtRecordChange) {\n      ...JobDetail_job\n    }\n  }\n": types.UpdateJobDocument,
    "\n  mutation CloseJob($id: ID!) {\n    closeJob(id: $id) {\n      ...JobDetail_job\n    }\n  }\n": types.CloseJobDocument,
    "\n  mutation DeleteDraftJob($id: ID!) {\n    deleteDraftJob(id: $id)\n  }\n": types.DeleteDraftJobDocument,
    "\n  query PublishQuote($jobId: ID!) {\n    publishQuote(jobId: $jobId) {\n      source\n      serviceProviderCredits\n      serviceProviderSharingEnabled\n      serviceProviderBalance\n      ownCredits\n      priceCents\n      currency\n      canPublishWithCredits\n    }\n  }\n": types.PublishQuoteDocument,
    "\n  mutation PublishJob($id: ID!, $payment: PaymentInput, $idempotencyKey: String) {\n    publishJob(id: $id, payment: $payment, idempotencyKey: $idempotencyKey) {\n      ...JobDetail_job\n    }\n  }\n": types.PublishJobDocument,
    "\n  query LmtChecks($input: JobInput!, $jobId: ID) {\n    lmtChecks(input: $input, jobId: $jobId) {\n      code\n      label\n      passed\n      detail\n      atPublish\n    }\n  }\n": types.LmtChecksDocument,
    "\n  query LmtReport($jobId: ID!) {\n    lmtReport(jobId: $jobId) {\n      readOnly\n      employerName\n      job {\n        id\n        title\n        status\n        lmt\n        showSalary\n        publishedAt\n        closesAt\n        durationDays\n        occupationCode\n      }\n      compliant\n      checks {\n        code\n        label\n        passed\n        detail\n        atPublish\n      }\n      advertisedFrom\n      advertisedUntil\n      daysAdvertised\n      applicationCount\n      csvUrl\n      pdfUrl\n      evidenceUrl\n      advertiserName\n      placements {\n        id\n        isPortalAd\n        board\n        nationalReach\n        url\n        sourceCode\n        trackingUrl\n        startsOn\n        endsOn\n        days\n        applicationCount\n        views\n      }\n      runs {\n        board\n        nationalReach\n        startsOn\n        endsOn\n        days\n        counted\n        gaps {\n          after\n          resumedOn\n          days\n        }\n      }\n      earliestLodgement\n      latestLodgement\n      intendedLodgement\n      redundancyOn\n      portalNationalReach\n      salary {\n        min\n        max\n        period\n        currency\n      }\n      salaryText\n      annualEarnings\n      salaryThreshold\n      revisions {\n        number\n        title\n        createdAt\n        afterPublish\n        author {\n          id\n          name\n        }\n      }\n      firstPublishedRevision {\n        number\n        title\n        createdAt\n      }\n      applications {\n        id\n        candidateName\n        source\n        placementId\n        placementBoard\n        status\n        outcomeReason\n        appliedAt\n      }\n      outcomes {\n        status\n        count\n      }\n      generatedAt\n    }\n  }\n": types.LmtReportDocument,
    "\n  mutation AddLmtPlacement($jobId: ID!, $input: LmtPlacementInput!) {\n    addLmtPlacement(jobId: $jobId, input: $input) {\n      generatedAt\n    }\n  }\n": types.AddLmtPlacementDocument,
    "\n  mutation RemoveLmtPlacement($id: ID!) {\n    removeLmtPlacement(id: $id) {\n      generatedAt\n    }\n  }\n": types.RemoveLmtPlacementDocument,
    "\n  mutation SetLmtDates($jobId: ID!, $intendedLodgement: String, $redundancyOn: String, $portalNationalReach: Boolean) {\n    setLmtDates(\n      jobId: $jobId\n      intendedLodgement: $intendedLodgement\n      redundancyOn: $redundancyOn\n      portalNationalReach: $portalNationalReach\n    ) {\n      generatedAt\n    }\n  }\n": types.SetLmtDatesDocument,
    "\n  query LmtTracker($filter: LmtTrackerFilter, $sort: LmtTrackerSort, $descending: Boolean) {\n    lmtTracker(filter: $filter, sort: $sort, descending: $descending) {\n      total\n      csvUrl\n      clients {\n        id\n        name\n      }\n      rows {\n        jobId\n        clientId\n        clientName\n        connectionId\n        title\n        status\n        requiredDays\n        compliant\n        earliestLodgement\n        latestLodgement\n        redundancyOn\n        readyToLodge\n        windowClosesInDays\n        nationalPlacements {\n          board\n          days\n        }\n        failingChecks {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.LmtTrackerDocument,
    "\n  query DevMailbox($to: String) {\n    devMailbox(to: $to) {\n      id\n      to\n      subject\n      text\n      createdAt\n      sentAt\n    }\n  }\n": types.DevMailboxDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      mail\n      inApp\n    }\n    notificationSettings {\n      creditAlertThreshold\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $mail: Boolean!, $inApp: Boolean!) {\n    setNotificationPreference(kind: $kind, mail: $mail, inApp: $inApp) {\n      kind\n      label\n      mail\n      inApp\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetCreditAlertThreshold($threshold: Int) {\n    setCreditAlertThreshold(threshold: $threshold) {\n      creditAlertThreshold\n    }\n  }\n": types.SetCreditAlertThresholdDocument,
    "\n  query PaymentSettings {\n    paymentSettings {\n      provider\n      stripePublishableKey\n      stripeJsUrl\n    }\n  }\n": types.PaymentSettingsDocument,
    "\n  query Billing {\n    subscription {\n      id\n      status\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      notice\n      canceledAt\n      plan {\n        id\n        code\n        name\n        credits\n        priceCents\n        currency\n      }\n      nextPlan {\n        id\n        code\n        name\n        credits\n        priceCents\n        currency\n      }\n    }\n    purchases {\n      id\n      receiptNumber\n      receiptUrl\n      amountCents\n      currency\n      status\n      createdAt\n      quantity\n      credits\n      plan {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.BillingDocument,
    "\n  mutation CancelSubscription {\n    cancelSubscription {\n      id\n      status\n      renewsAt\n      canceledAt\n      currentPeriodEnd\n      notice\n    }\n  }\n": types.CancelSubscriptionDocument,
    "\n  query PlanOverview {\n    pricingPlans {\n      ...PlanFields\n    }\n    subscription {\n      id\n      status\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      notice\n      canceledAt\n      plan {\n        ...PlanFields\n      }\n      nextPlan {\n        ...PlanFields\n      }\n    }\n    creditLots {\n      id\n      planKind\n      granted\n      remaining\n      expiresAt\n      createdAt\n    }\n    purchases {\n      id\n      status\n      createdAt\n      plan {\n        id\n        code\n        kind\n      }\n    }\n    viewer {\n      currentOrganization {\n        id\n        kind\n        creditBalance\n        creditSharingEnabled\n      }\n    }\n  }\n\n  fragment PlanFields on PricingPlan {\n    id\n    code\n    name\n    kind\n    credits\n    priceCents\n    currency\n    creditValidityDays\n  }\n": types.PlanOverviewDocument,
    "\n  mutation PurchasePlan($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      nextAction {\n        clientSecret\n      }\n      receiptNumber\n      receiptUrl\n      plan {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PurchasePlanDocument,
    "\n  fragment MyPortal_portal on Portal {\n    id\n    slug\n    title\n    intro\n    primaryColor\n    logoUrl\n    enabled\n    serviceProvider {\n      id\n      name\n    }\n  }\n": types.MyPortal_PortalFragmentDoc,
    "\n  query MyPortal {\n    myPortal {\n      ...MyPortal_portal\n    }\n  }\n": types.MyPortalDocument,
    "\n  mutation SavePortal($input: PortalInput!) {\n    savePortal(input: $input) {\n      ...MyPortal_portal\n    }\n  }\n": types.SavePortalDocument,
    "\n  query PublicPortal($slug: String!) {\n    portal(slug: $slug) {\n      id\n      slug\n      title\n      intro\n      primaryColor\n      logoUrl\n      enabled\n      serviceProvider {\n        id\n        name\n      }\n    }\n  }\n": types.PublicPortalDocument,
    "\n  query PortalJobs($slug: String!, $query: String, $location: String, $first: Int!, $after: String) {\n    portalJobs(slug: $slug, query: $query, location: $location, first: $first, after: $after) {\n      nodes {\n        id\n        title\n        employerName\n        workType\n        publishedAt\n        location {\n          city\n          state\n          postcode\n          country\n        }\n        salary {\n          min\n          max\n          period\n          currency\n        }\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": types.PortalJobsDocument,
    "\n  query MyOrganizations {\n    myOrganizations {\n      current\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MyOrganizationsDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      currentOrganization {\n        id\n        kind\n      }\n    }\n  }\n": types.SwitchOrganizationDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      ...SessionViewer\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionViewer\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment SessionViewer on Viewer {\n    emailVerified\n    pendingEmail\n    user {\n      id\n      name\n      email\n    }\n    currentOrganization {\n      id\n      name\n      kind\n    }\n    serviceProvider {\n      id\n      name\n    }\n    accessingClient {\n      id\n      invitedCompanyName\n    }\n    memberships {\n      role\n      organization {\n        id\n      }\n    }\n    contactPortal {\n      id\n      slug\n    }\n  }\n": types.SessionViewerFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n": types.ViewerDocument,
    "\n  query TeamInvitationPreview($token: String!) {\n    teamInvitation(token: $token) {\n      organizationName\n      email\n      role\n      accountExists\n    }\n  }\n": types.TeamInvitationPreviewDocument,
    "\n  mutation SignUpFromTeamInvitation($input: SignUpFromTeamInvitationInput!) {\n    signUpFromTeamInvitation(input: $input) {\n      ...SessionViewer\n    }\n  }\n": types.SignUpFromTeamInvitationDocument,
    "\n  mutation AcceptTeamInvitation($token: String!) {\n    acceptTeamInvitation(token: $token) {\n      ...SessionViewer\n    }\n  }\n": types.AcceptTeamInvitationDocument,
    "\n  query Team {\n    team {\n      members {\n        userId\n        name\n        email\n        role\n        joinedAt\n      }\n      invitations {\n        id\n        email\n        role\n        invitedAt\n        expiresAt\n        expired\n      }\n      permissions {\n        action\n        label\n        roles\n        needsVerifiedEmail\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  mutation InviteTeamMember($email: String!, $role: MembershipRole!) {\n    inviteTeamMember(email: $email, role: $role) {\n      id\n      email\n    }\n  }\n": types.InviteTeamMemberDocument,
    "\n  mutation ResendTeamInvitation($id: ID!) {\n    resendTeamInvitation(id: $id) {\n      id\n      expiresAt\n      expired\n    }\n  }\n": types.ResendTeamInvitationDocument,
    "\n  mutation CancelTeamInvitation($id: ID!) {\n    cancelTeamInvitation(id: $id)\n  }\n": types.CancelTeamInvitationDocument,
    "\n  mutation ChangeTeamMemberRole($userId: ID!, $role: MembershipRole!) {\n    changeTeamMemberRole(userId: $userId, role: $role) {\n      userId\n      role\n    }\n  }\n": types.ChangeTeamMemberRoleDocument,
    "\n  mutation RemoveTeamMember($userId: ID!) {\n    removeTeamMember(userId: $userId)\n  }\n": types.RemoveTeamMemberDocument,
    "\n  mutation TransferOwnership($userId: ID!) {\n    transferOwnership(userId: $userId) {\n      userId\n      role\n    }\n  }\n": types.TransferOwnershipDocument,
    "\n  mutation LeaveTeam {\n    leaveTeam\n  }\n": types.LeaveTeamDocument,
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
export function graphql(source: "\n  fragment AccessRequestList_connection on ClientConnection {\n    id\n    status\n    invitedAt\n    respondedAt\n    invitedEmail\n    invitedCompanyName\n    serviceProvider {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AccessRequestList_connection on ClientConnection {\n    id\n    status\n    invitedAt\n    respondedAt\n    invitedEmail\n    invitedCompanyName\n    serviceProvider {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRequests($status: ConnectionStatus) {\n    accessRequests(status: $status) {\n      ...AccessRequestList_connection\n    }\n  }\n"): (typeof documents)["\n  query AccessRequests($status: ConnectionStatus) {\n    accessRequests(status: $status) {\n      ...AccessRequestList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToAccessRequest($connectionId: ID!, $accept: Boolean!) {\n    respondToAccessRequest(connectionId: $connectionId, accept: $accept) {\n      ...AccessRequestList_connection\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToAccessRequest($connectionId: ID!, $accept: Boolean!) {\n    respondToAccessRequest(connectionId: $connectionId, accept: $accept) {\n      ...AccessRequestList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAgencyAccess($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...AccessRequestList_connection\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAgencyAccess($connectionId: ID!) {\n    revokeClientConnection(connectionId: $connectionId) {\n      ...AccessRequestList_connection\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      browser\n      address\n      lastUsedAt\n      createdAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      browser\n      address\n      lastUsedAt\n      createdAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {\n      pendingEmail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {\n    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {\n      pendingEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityLog_event on AuditEvent {\n    id\n    at\n    action\n    summary\n    actor {\n      id\n      name\n    }\n    actingServiceProvider {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityLog_event on AuditEvent {\n    id\n    at\n    action\n    summary\n    actor {\n      id\n      name\n    }\n    actingServiceProvider {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      nodes {\n        ...ActivityLog_event\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      nodes {\n        ...ActivityLog_event\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyInvitationFields on AgencyInvitation {\n    id\n    clientName\n    inviterName\n    email\n    status\n    invitedAt\n    respondedAt\n    connectionId\n  }\n"): (typeof documents)["\n  fragment AgencyInvitationFields on AgencyInvitation {\n    id\n    clientName\n    inviterName\n    email\n    status\n    invitedAt\n    respondedAt\n    connectionId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentAgencyInvitations {\n    agencyInvitations {\n      ...AgencyInvitationFields\n    }\n  }\n"): (typeof documents)["\n  query SentAgencyInvitations {\n    agencyInvitations {\n      ...AgencyInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAgency($input: InviteAgencyInput!) {\n    inviteAgency(input: $input) {\n      ...AgencyInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteAgency($input: InviteAgencyInput!) {\n    inviteAgency(input: $input) {\n      ...AgencyInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendAgencyInvitation($invitationId: ID!) {\n    resendAgencyInvitation(invitationId: $invitationId) {\n      ...AgencyInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendAgencyInvitation($invitationId: ID!) {\n    resendAgencyInvitation(invitationId: $invitationId) {\n      ...AgencyInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAgencyInvitation($invitationId: ID!) {\n    cancelAgencyInvitation(invitationId: $invitationId) {\n      ...AgencyInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAgencyInvitation($invitationId: ID!) {\n    cancelAgencyInvitation(invitationId: $invitationId) {\n      ...AgencyInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientRequests {\n    clientRequests {\n      ...AgencyInvitationFields\n      message\n    }\n  }\n"): (typeof documents)["\n  query ClientRequests {\n    clientRequests {\n      ...AgencyInvitationFields\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToClientRequest($invitationId: ID!, $accept: Boolean!) {\n    respondToClientRequest(invitationId: $invitationId, accept: $accept) {\n      ...AgencyInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToClientRequest($invitationId: ID!, $accept: Boolean!) {\n    respondToClientRequest(invitationId: $invitationId, accept: $accept) {\n      ...AgencyInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyInvitationPreview($token: String!) {\n    agencyInvitation(token: $token) {\n      clientName\n      inviterName\n      email\n      message\n      status\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query AgencyInvitationPreview($token: String!) {\n    agencyInvitation(token: $token) {\n      clientName\n      inviterName\n      email\n      message\n      status\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAgencyInvitation($token: String!) {\n    acceptAgencyInvitation(token: $token) {\n      id\n      status\n      invitedCompanyName\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAgencyInvitation($token: String!) {\n    acceptAgencyInvitation(token: $token) {\n      id\n      status\n      invitedCompanyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineAgencyInvitation($token: String!) {\n    declineAgencyInvitation(token: $token) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineAgencyInvitation($token: String!) {\n    declineAgencyInvitation(token: $token) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationRow_application on Application {\n    id\n    candidateName\n    candidateEmail\n    phone\n    coverNote\n    resumeUrl\n    status\n    outcomeReason\n    source\n    consentAt\n    createdAt\n    erasedAt\n  }\n"): (typeof documents)["\n  fragment ApplicationRow_application on Application {\n    id\n    candidateName\n    candidateEmail\n    phone\n    coverNote\n    resumeUrl\n    status\n    outcomeReason\n    source\n    consentAt\n    createdAt\n    erasedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobApplications($jobId: ID!, $status: ApplicationStatus) {\n    applications(jobId: $jobId, status: $status) {\n      ...ApplicationRow_application\n    }\n  }\n"): (typeof documents)["\n  query JobApplications($jobId: ID!, $status: ApplicationStatus) {\n    applications(jobId: $jobId, status: $status) {\n      ...ApplicationRow_application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $outcomeReason: String) {\n    setApplicationStatus(id: $id, status: $status, outcomeReason: $outcomeReason) {\n      ...ApplicationRow_application\n    }\n  }\n"): (typeof documents)["\n  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $outcomeReason: String) {\n    setApplicationStatus(id: $id, status: $status, outcomeReason: $outcomeReason) {\n      ...ApplicationRow_application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCandidateDataExport($email: String!) {\n    requestCandidateDataExport(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestCandidateDataExport($email: String!) {\n    requestCandidateDataExport(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCandidateErasure($email: String!) {\n    requestCandidateErasure(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestCandidateErasure($email: String!) {\n    requestCandidateErasure(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCandidateErasure($token: String!) {\n    confirmCandidateErasure(token: $token)\n  }\n"): (typeof documents)["\n  mutation ConfirmCandidateErasure($token: String!) {\n    confirmCandidateErasure(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobChannel_view on JobChannel {\n    on\n    choosable\n    channel {\n      slug\n      name\n      nationalReach\n      feedFormat\n      feedUrl\n    }\n    stays {\n      enteredAt\n      leftAt\n    }\n  }\n"): (typeof documents)["\n  fragment JobChannel_view on JobChannel {\n    on\n    choosable\n    channel {\n      slug\n      name\n      nationalReach\n      feedFormat\n      feedUrl\n    }\n    stays {\n      enteredAt\n      leftAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobChannels_job on Job {\n    id\n    channels {\n      ...JobChannel_view\n    }\n  }\n"): (typeof documents)["\n  fragment JobChannels_job on Job {\n    id\n    channels {\n      ...JobChannel_view\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobChannels($jobId: ID!) {\n    job(id: $jobId) {\n      ...JobChannels_job\n    }\n  }\n"): (typeof documents)["\n  query JobChannels($jobId: ID!) {\n    job(id: $jobId) {\n      ...JobChannels_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseJobChannels($jobId: ID!, $channels: [String!]!) {\n    chooseJobChannels(jobId: $jobId, channels: $channels) {\n      ...JobChannel_view\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseJobChannels($jobId: ID!, $channels: [String!]!) {\n    chooseJobChannels(jobId: $jobId, channels: $channels) {\n      ...JobChannel_view\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJobChannel($jobId: ID!, $channel: String!, $on: Boolean!) {\n    setJobChannel(jobId: $jobId, channel: $channel, on: $on) {\n      ...JobChannel_view\n    }\n  }\n"): (typeof documents)["\n  mutation SetJobChannel($jobId: ID!, $channel: String!, $on: Boolean!) {\n    setJobChannel(jobId: $jobId, channel: $channel, on: $on) {\n      ...JobChannel_view\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ContactCandidate_application on Application {\n    id\n    candidateName\n    candidateEmail\n    phone\n    status\n    resumeUrl\n    createdAt\n    erasedAt\n  }\n"): (typeof documents)["\n  fragment ContactCandidate_application on Application {\n    id\n    candidateName\n    candidateEmail\n    phone\n    status\n    resumeUrl\n    createdAt\n    erasedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactJobCard_job on Job {\n    id\n    title\n    status\n    workType\n    createdAt\n    publishedAt\n    closesAt\n    applicationCount\n    location {\n      city\n      state\n      postcode\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment ContactJobCard_job on Job {\n    id\n    title\n    status\n    workType\n    createdAt\n    publishedAt\n    closesAt\n    applicationCount\n    location {\n      city\n      state\n      postcode\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyDetails {\n    viewer {\n      currentOrganization {\n        ...CompanyDetails_organization\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyDetails {\n    viewer {\n      currentOrganization {\n        ...CompanyDetails_organization\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyDetails_organization on Organization {\n    id\n    name\n    phone\n    website\n    address\n  }\n"): (typeof documents)["\n  fragment CompanyDetails_organization on Organization {\n    id\n    name\n    phone\n    website\n    address\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanyDetails($input: CompanyDetailsInput!) {\n    updateCompanyDetails(input: $input) {\n      ...CompanyDetails_organization\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompanyDetails($input: CompanyDetailsInput!) {\n    updateCompanyDetails(input: $input) {\n      ...CompanyDetails_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactJobs($first: Int!, $after: String) {\n    jobs(first: $first, after: $after) {\n      nodes {\n        ...ContactJobCard_job\n      }\n      totalCount\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query ContactJobs($first: Int!, $after: String) {\n    jobs(first: $first, after: $after) {\n      nodes {\n        ...ContactJobCard_job\n      }\n      totalCount\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactJob($id: ID!) {\n    job(id: $id) {\n      ...ContactJobCard_job\n    }\n  }\n"): (typeof documents)["\n  query ContactJob($id: ID!) {\n    job(id: $id) {\n      ...ContactJobCard_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactCandidates($jobId: ID!) {\n    applications(jobId: $jobId) {\n      ...ContactCandidate_application\n    }\n  }\n"): (typeof documents)["\n  query ContactCandidates($jobId: ID!) {\n    applications(jobId: $jobId) {\n      ...ContactCandidate_application\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalInvitation($token: String!) {\n    portalInvitation(token: $token) {\n      contactName\n      email\n      companyName\n      serviceProviderName\n      portalSlug\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query PortalInvitation($token: String!) {\n    portalInvitation(token: $token) {\n      contactName\n      email\n      companyName\n      serviceProviderName\n      portalSlug\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivatePortalAccount($token: String!, $password: String!) {\n    activatePortalAccount(token: $token, password: $password) {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  mutation ActivatePortalAccount($token: String!, $password: String!) {\n    activatePortalAccount(token: $token, password: $password) {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitVacancy($input: VacancyInput!) {\n    submitVacancy(input: $input) {\n      ...ContactJobCard_job\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitVacancy($input: VacancyInput!) {\n    submitVacancy(input: $input) {\n      ...ContactJobCard_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactList_contact on Contact {\n    id\n    name\n    email\n    phone\n    portalStatus\n    invitedAt\n    lastLoginAt\n    createdAt\n    company {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ContactList_contact on Contact {\n    id\n    name\n    email\n    phone\n    portalStatus\n    invitedAt\n    lastLoginAt\n    createdAt\n    company {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyContacts($portalStatus: PortalAccountStatus, $search: String, $first: Int!, $after: String) {\n    contacts(portalStatus: $portalStatus, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ContactList_contact\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AgencyContacts($portalStatus: PortalAccountStatus, $search: String, $first: Int!, $after: String) {\n    contacts(portalStatus: $portalStatus, search: $search, first: $first, after: $after) {\n      nodes {\n        ...ContactList_contact\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactCompanyOptions($first: Int!) {\n    clients(status: ACTIVE, first: $first) {\n      nodes {\n        id\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactCompanyOptions($first: Int!) {\n    clients(status: ACTIVE, first: $first) {\n      nodes {\n        id\n        client {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactList_contact\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactList_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteContactToPortal($contactId: ID!) {\n    inviteContactToPortal(contactId: $contactId) {\n      ...ContactList_contact\n    }\n  }\n"): (typeof documents)["\n  mutation InviteContactToPortal($contactId: ID!) {\n    inviteContactToPortal(contactId: $contactId) {\n      ...ContactList_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditBalanceCard_organization on Organization {\n    id\n    kind\n    creditBalance\n    creditSharingEnabled\n  }\n"): (typeof documents)["\n  fragment CreditBalanceCard_organization on Organization {\n    id\n    kind\n    creditBalance\n    creditSharingEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditHistoryTable_entry on CreditEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    createdAt\n    actor {\n      id\n      name\n    }\n    client {\n      id\n      name\n    }\n    job {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CreditHistoryTable_entry on CreditEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    createdAt\n    actor {\n      id\n      name\n    }\n    client {\n      id\n      name\n    }\n    job {\n      id\n      title\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query CreditOverview {\n    viewer {\n      currentOrganization {\n        id\n        name\n        kind\n        ...CreditBalanceCard_organization\n        ...CreditSharingCard_organization\n      }\n      serviceProvider {\n        id\n        name\n      }\n      accessingClient {\n        id\n        sharedCredits\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditOverview {\n    viewer {\n      currentOrganization {\n        id\n        name\n        kind\n        ...CreditBalanceCard_organization\n        ...CreditSharingCard_organization\n      }\n      serviceProvider {\n        id\n        name\n      }\n      accessingClient {\n        id\n        sharedCredits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricingPlans {\n    pricingPlans {\n      id\n      code\n      name\n      kind\n      credits\n      priceCents\n      currency\n      creditValidityDays\n    }\n  }\n"): (typeof documents)["\n  query PricingPlans {\n    pricingPlans {\n      id\n      code\n      name\n      kind\n      credits\n      priceCents\n      currency\n      creditValidityDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchaseCredits($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      nextAction {\n        clientSecret\n      }\n      receiptNumber\n    }\n  }\n"): (typeof documents)["\n  mutation PurchaseCredits($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      nextAction {\n        clientSecret\n      }\n      receiptNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCreditSharing($enabled: Boolean!) {\n    setCreditSharing(enabled: $enabled) {\n      id\n      creditSharingEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetCreditSharing($enabled: Boolean!) {\n    setCreditSharing(enabled: $enabled) {\n      id\n      creditSharingEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyToday {\n    agencyToday {\n      lmtReadyToLodge {\n        jobId\n        title\n        clientName\n        earliestLodgement\n        latestLodgement\n        windowClosesInDays\n      }\n      lmtWindowClosing {\n        jobId\n        title\n        clientName\n        latestLodgement\n        windowClosesInDays\n      }\n      vacanciesWaiting {\n        jobId\n        title\n        clientName\n        submittedAt\n      }\n      invitationsPending {\n        id\n        companyName\n        email\n        invitedAt\n        expiresAt\n      }\n      creditBalance\n      creditAlertThreshold\n      creditsLow\n      creditsExpiringSoon {\n        remaining\n        expiresAt\n      }\n      nextCreditExpiry {\n        remaining\n        expiresAt\n      }\n      month\n      publishedThisMonth {\n        clientId\n        clientName\n        published\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyToday {\n    agencyToday {\n      lmtReadyToLodge {\n        jobId\n        title\n        clientName\n        earliestLodgement\n        latestLodgement\n        windowClosesInDays\n      }\n      lmtWindowClosing {\n        jobId\n        title\n        clientName\n        latestLodgement\n        windowClosesInDays\n      }\n      vacanciesWaiting {\n        jobId\n        title\n        clientName\n        submittedAt\n      }\n      invitationsPending {\n        id\n        companyName\n        email\n        invitedAt\n        expiresAt\n      }\n      creditBalance\n      creditAlertThreshold\n      creditsLow\n      creditsExpiringSoon {\n        remaining\n        expiresAt\n      }\n      nextCreditExpiry {\n        remaining\n        expiresAt\n      }\n      month\n      publishedThisMonth {\n        clientId\n        clientName\n        published\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      serviceProviderName\n      inviterName\n      invitedCompanyName\n      invitedEmail\n      status\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      serviceProviderName\n      inviterName\n      invitedCompanyName\n      invitedEmail\n      status\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptClientInvitation($token: String!) {\n    acceptClientInvitation(token: $token) {\n      id\n      status\n      serviceProvider {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptClientInvitation($token: String!) {\n    acceptClientInvitation(token: $token) {\n      id\n      status\n      serviceProvider {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices {\n    invoices {\n      id\n      kind\n      number\n      issuedAt\n      description\n      amountCents\n      gstCents\n      currency\n      pdfUrl\n      adjusts {\n        id\n        number\n      }\n      job {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invoices {\n    invoices {\n      id\n      kind\n      number\n      issuedAt\n      description\n      amountCents\n      gstCents\n      currency\n      pdfUrl\n      adjusts {\n        id\n        number\n      }\n      job {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Usage($month: String!) {\n    usage(month: $month) {\n      month\n      ads\n      credits\n      valueCents\n      csvUrl\n      clients {\n        clientId\n        clientName\n        ads\n        credits\n        valueCents\n        statementUrl\n        lines {\n          entryId\n          day\n          jobTitle\n          publishedByName\n          credits\n          valueCents\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Usage($month: String!) {\n    usage(month: $month) {\n      month\n      ads\n      credits\n      valueCents\n      csvUrl\n      clients {\n        clientId\n        clientName\n        ads\n        credits\n        valueCents\n        statementUrl\n        lines {\n          entryId\n          day\n          jobTitle\n          publishedByName\n          credits\n          valueCents\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobDetail_job on Job {\n    id\n    title\n    publicPath\n    description\n    requirements\n    workType\n    lmt\n    showSalary\n    durationDays\n    occupationCode\n    location {\n      city\n      state\n      postcode\n      country\n    }\n    salary {\n      min\n      max\n      period\n      currency\n    }\n    employer {\n      id\n      name\n    }\n    status\n    createdAt\n    updatedAt\n    publishedAt\n    closesAt\n    applicationCount\n    createdBy {\n      id\n      name\n    }\n    createdByServiceProvider {\n      id\n      name\n    }\n    payment {\n      source\n      amountCents\n      paidAt\n      payer {\n        id\n        name\n      }\n    }\n    invoice {\n      id\n      number\n      pdfUrl\n    }\n    revisions {\n      number\n      createdAt\n      afterPublish\n      title\n      workType\n      location {\n        city\n        state\n        postcode\n        country\n      }\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment JobDetail_job on Job {\n    id\n    title\n    publicPath\n    description\n    requirements\n    workType\n    lmt\n    showSalary\n    durationDays\n    occupationCode\n    location {\n      city\n      state\n      postcode\n      country\n    }\n    salary {\n      min\n      max\n      period\n      currency\n    }\n    employer {\n      id\n      name\n    }\n    status\n    createdAt\n    updatedAt\n    publishedAt\n    closesAt\n    applicationCount\n    createdBy {\n      id\n      name\n    }\n    createdByServiceProvider {\n      id\n      name\n    }\n    payment {\n      source\n      amountCents\n      paidAt\n      payer {\n        id\n        name\n      }\n    }\n    invoice {\n      id\n      number\n      pdfUrl\n    }\n    revisions {\n      number\n      createdAt\n      afterPublish\n      title\n      workType\n      location {\n        city\n        state\n        postcode\n        country\n      }\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobList_job on Job {\n    id\n    title\n    status\n    createdAt\n    publishedAt\n    closesAt\n    lmt\n    applicationCount\n    location {\n      city\n      state\n      postcode\n      country\n    }\n    createdByServiceProvider {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment JobList_job on Job {\n    id\n    title\n    status\n    createdAt\n    publishedAt\n    closesAt\n    lmt\n    applicationCount\n    location {\n      city\n      state\n      postcode\n      country\n    }\n    createdByServiceProvider {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs($status: JobStatus, $first: Int!, $after: String) {\n    jobs(status: $status, first: $first, after: $after) {\n      nodes {\n        ...JobList_job\n        payment {\n          source\n          amountCents\n          payer {\n            id\n            name\n          }\n        }\n      }\n      totalCount\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query Jobs($status: JobStatus, $first: Int!, $after: String) {\n    jobs(status: $status, first: $first, after: $after) {\n      nodes {\n        ...JobList_job\n        payment {\n          source\n          amountCents\n          payer {\n            id\n            name\n          }\n        }\n      }\n      totalCount\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Job($id: ID!) {\n    job(id: $id) {\n      ...JobDetail_job\n    }\n  }\n"): (typeof documents)["\n  query Job($id: ID!) {\n    job(id: $id) {\n      ...JobDetail_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJob($input: JobInput!) {\n    createJob(input: $input) {\n      ...JobDetail_job\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJob($input: JobInput!) {\n    createJob(input: $input) {\n      ...JobDetail_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJob($id: ID!, $input: JobInput!, $confirmLmtRecordChange: Boolean! = false) {\n    updateJob(id: $id, input: $input, confirmLmtRecordChange: $confirmLmtRecordChange) {\n      ...JobDetail_job\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJob($id: ID!, $input: JobInput!, $confirmLmtRecordChange: Boolean! = false) {\n    updateJob(id: $id, input: $input, confirmLmtRecordChange: $confirmLmtRecordChange) {\n      ...JobDetail_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseJob($id: ID!) {\n    closeJob(id: $id) {\n      ...JobDetail_job\n    }\n  }\n"): (typeof documents)["\n  mutation CloseJob($id: ID!) {\n    closeJob(id: $id) {\n      ...JobDetail_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDraftJob($id: ID!) {\n    deleteDraftJob(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDraftJob($id: ID!) {\n    deleteDraftJob(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishQuote($jobId: ID!) {\n    publishQuote(jobId: $jobId) {\n      source\n      serviceProviderCredits\n      serviceProviderSharingEnabled\n      serviceProviderBalance\n      ownCredits\n      priceCents\n      currency\n      canPublishWithCredits\n    }\n  }\n"): (typeof documents)["\n  query PublishQuote($jobId: ID!) {\n    publishQuote(jobId: $jobId) {\n      source\n      serviceProviderCredits\n      serviceProviderSharingEnabled\n      serviceProviderBalance\n      ownCredits\n      priceCents\n      currency\n      canPublishWithCredits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishJob($id: ID!, $payment: PaymentInput, $idempotencyKey: String) {\n    publishJob(id: $id, payment: $payment, idempotencyKey: $idempotencyKey) {\n      ...JobDetail_job\n    }\n  }\n"): (typeof documents)["\n  mutation PublishJob($id: ID!, $payment: PaymentInput, $idempotencyKey: String) {\n    publishJob(id: $id, payment: $payment, idempotencyKey: $idempotencyKey) {\n      ...JobDetail_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LmtChecks($input: JobInput!, $jobId: ID) {\n    lmtChecks(input: $input, jobId: $jobId) {\n      code\n      label\n      passed\n      detail\n      atPublish\n    }\n  }\n"): (typeof documents)["\n  query LmtChecks($input: JobInput!, $jobId: ID) {\n    lmtChecks(input: $input, jobId: $jobId) {\n      code\n      label\n      passed\n      detail\n      atPublish\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LmtReport($jobId: ID!) {\n    lmtReport(jobId: $jobId) {\n      readOnly\n      employerName\n      job {\n        id\n        title\n        status\n        lmt\n        showSalary\n        publishedAt\n        closesAt\n        durationDays\n        occupationCode\n      }\n      compliant\n      checks {\n        code\n        label\n        passed\n        detail\n        atPublish\n      }\n      advertisedFrom\n      advertisedUntil\n      daysAdvertised\n      applicationCount\n      csvUrl\n      pdfUrl\n      evidenceUrl\n      advertiserName\n      placements {\n        id\n        isPortalAd\n        board\n        nationalReach\n        url\n        sourceCode\n        trackingUrl\n        startsOn\n        endsOn\n        days\n        applicationCount\n        views\n      }\n      runs {\n        board\n        nationalReach\n        startsOn\n        endsOn\n        days\n        counted\n        gaps {\n          after\n          resumedOn\n          days\n        }\n      }\n      earliestLodgement\n      latestLodgement\n      intendedLodgement\n      redundancyOn\n      portalNationalReach\n      salary {\n        min\n        max\n        period\n        currency\n      }\n      salaryText\n      annualEarnings\n      salaryThreshold\n      revisions {\n        number\n        title\n        createdAt\n        afterPublish\n        author {\n          id\n          name\n        }\n      }\n      firstPublishedRevision {\n        number\n        title\n        createdAt\n      }\n      applications {\n        id\n        candidateName\n        source\n        placementId\n        placementBoard\n        status\n        outcomeReason\n        appliedAt\n      }\n      outcomes {\n        status\n        count\n      }\n      generatedAt\n    }\n  }\n"): (typeof documents)["\n  query LmtReport($jobId: ID!) {\n    lmtReport(jobId: $jobId) {\n      readOnly\n      employerName\n      job {\n        id\n        title\n        status\n        lmt\n        showSalary\n        publishedAt\n        closesAt\n        durationDays\n        occupationCode\n      }\n      compliant\n      checks {\n        code\n        label\n        passed\n        detail\n        atPublish\n      }\n      advertisedFrom\n      advertisedUntil\n      daysAdvertised\n      applicationCount\n      csvUrl\n      pdfUrl\n      evidenceUrl\n      advertiserName\n      placements {\n        id\n        isPortalAd\n        board\n        nationalReach\n        url\n        sourceCode\n        trackingUrl\n        startsOn\n        endsOn\n        days\n        applicationCount\n        views\n      }\n      runs {\n        board\n        nationalReach\n        startsOn\n        endsOn\n        days\n        counted\n        gaps {\n          after\n          resumedOn\n          days\n        }\n      }\n      earliestLodgement\n      latestLodgement\n      intendedLodgement\n      redundancyOn\n      portalNationalReach\n      salary {\n        min\n        max\n        period\n        currency\n      }\n      salaryText\n      annualEarnings\n      salaryThreshold\n      revisions {\n        number\n        title\n        createdAt\n        afterPublish\n        author {\n          id\n          name\n        }\n      }\n      firstPublishedRevision {\n        number\n        title\n        createdAt\n      }\n      applications {\n        id\n        candidateName\n        source\n        placementId\n        placementBoard\n        status\n        outcomeReason\n        appliedAt\n      }\n      outcomes {\n        status\n        count\n      }\n      generatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLmtPlacement($jobId: ID!, $input: LmtPlacementInput!) {\n    addLmtPlacement(jobId: $jobId, input: $input) {\n      generatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddLmtPlacement($jobId: ID!, $input: LmtPlacementInput!) {\n    addLmtPlacement(jobId: $jobId, input: $input) {\n      generatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLmtPlacement($id: ID!) {\n    removeLmtPlacement(id: $id) {\n      generatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveLmtPlacement($id: ID!) {\n    removeLmtPlacement(id: $id) {\n      generatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLmtDates($jobId: ID!, $intendedLodgement: String, $redundancyOn: String, $portalNationalReach: Boolean) {\n    setLmtDates(\n      jobId: $jobId\n      intendedLodgement: $intendedLodgement\n      redundancyOn: $redundancyOn\n      portalNationalReach: $portalNationalReach\n    ) {\n      generatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetLmtDates($jobId: ID!, $intendedLodgement: String, $redundancyOn: String, $portalNationalReach: Boolean) {\n    setLmtDates(\n      jobId: $jobId\n      intendedLodgement: $intendedLodgement\n      redundancyOn: $redundancyOn\n      portalNationalReach: $portalNationalReach\n    ) {\n      generatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LmtTracker($filter: LmtTrackerFilter, $sort: LmtTrackerSort, $descending: Boolean) {\n    lmtTracker(filter: $filter, sort: $sort, descending: $descending) {\n      total\n      csvUrl\n      clients {\n        id\n        name\n      }\n      rows {\n        jobId\n        clientId\n        clientName\n        connectionId\n        title\n        status\n        requiredDays\n        compliant\n        earliestLodgement\n        latestLodgement\n        redundancyOn\n        readyToLodge\n        windowClosesInDays\n        nationalPlacements {\n          board\n          days\n        }\n        failingChecks {\n          code\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LmtTracker($filter: LmtTrackerFilter, $sort: LmtTrackerSort, $descending: Boolean) {\n    lmtTracker(filter: $filter, sort: $sort, descending: $descending) {\n      total\n      csvUrl\n      clients {\n        id\n        name\n      }\n      rows {\n        jobId\n        clientId\n        clientName\n        connectionId\n        title\n        status\n        requiredDays\n        compliant\n        earliestLodgement\n        latestLodgement\n        redundancyOn\n        readyToLodge\n        windowClosesInDays\n        nationalPlacements {\n          board\n          days\n        }\n        failingChecks {\n          code\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox($to: String) {\n    devMailbox(to: $to) {\n      id\n      to\n      subject\n      text\n      createdAt\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox($to: String) {\n    devMailbox(to: $to) {\n      id\n      to\n      subject\n      text\n      createdAt\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      mail\n      inApp\n    }\n    notificationSettings {\n      creditAlertThreshold\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      mail\n      inApp\n    }\n    notificationSettings {\n      creditAlertThreshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $mail: Boolean!, $inApp: Boolean!) {\n    setNotificationPreference(kind: $kind, mail: $mail, inApp: $inApp) {\n      kind\n      label\n      mail\n      inApp\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $mail: Boolean!, $inApp: Boolean!) {\n    setNotificationPreference(kind: $kind, mail: $mail, inApp: $inApp) {\n      kind\n      label\n      mail\n      inApp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCreditAlertThreshold($threshold: Int) {\n    setCreditAlertThreshold(threshold: $threshold) {\n      creditAlertThreshold\n    }\n  }\n"): (typeof documents)["\n  mutation SetCreditAlertThreshold($threshold: Int) {\n    setCreditAlertThreshold(threshold: $threshold) {\n      creditAlertThreshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentSettings {\n    paymentSettings {\n      provider\n      stripePublishableKey\n      stripeJsUrl\n    }\n  }\n"): (typeof documents)["\n  query PaymentSettings {\n    paymentSettings {\n      provider\n      stripePublishableKey\n      stripeJsUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Billing {\n    subscription {\n      id\n      status\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      notice\n      canceledAt\n      plan {\n        id\n        code\n        name\n        credits\n        priceCents\n        currency\n      }\n      nextPlan {\n        id\n        code\n        name\n        credits\n        priceCents\n        currency\n      }\n    }\n    purchases {\n      id\n      receiptNumber\n      receiptUrl\n      amountCents\n      currency\n      status\n      createdAt\n      quantity\n      credits\n      plan {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Billing {\n    subscription {\n      id\n      status\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      notice\n      canceledAt\n      plan {\n        id\n        code\n        name\n        credits\n        priceCents\n        currency\n      }\n      nextPlan {\n        id\n        code\n        name\n        credits\n        priceCents\n        currency\n      }\n    }\n    purchases {\n      id\n      receiptNumber\n      receiptUrl\n      amountCents\n      currency\n      status\n      createdAt\n      quantity\n      credits\n      plan {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSubscription {\n    cancelSubscription {\n      id\n      status\n      renewsAt\n      canceledAt\n      currentPeriodEnd\n      notice\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSubscription {\n    cancelSubscription {\n      id\n      status\n      renewsAt\n      canceledAt\n      currentPeriodEnd\n      notice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOverview {\n    pricingPlans {\n      ...PlanFields\n    }\n    subscription {\n      id\n      status\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      notice\n      canceledAt\n      plan {\n        ...PlanFields\n      }\n      nextPlan {\n        ...PlanFields\n      }\n    }\n    creditLots {\n      id\n      planKind\n      granted\n      remaining\n      expiresAt\n      createdAt\n    }\n    purchases {\n      id\n      status\n      createdAt\n      plan {\n        id\n        code\n        kind\n      }\n    }\n    viewer {\n      currentOrganization {\n        id\n        kind\n        creditBalance\n        creditSharingEnabled\n      }\n    }\n  }\n\n  fragment PlanFields on PricingPlan {\n    id\n    code\n    name\n    kind\n    credits\n    priceCents\n    currency\n    creditValidityDays\n  }\n"): (typeof documents)["\n  query PlanOverview {\n    pricingPlans {\n      ...PlanFields\n    }\n    subscription {\n      id\n      status\n      currentPeriodStart\n      currentPeriodEnd\n      renewsAt\n      notice\n      canceledAt\n      plan {\n        ...PlanFields\n      }\n      nextPlan {\n        ...PlanFields\n      }\n    }\n    creditLots {\n      id\n      planKind\n      granted\n      remaining\n      expiresAt\n      createdAt\n    }\n    purchases {\n      id\n      status\n      createdAt\n      plan {\n        id\n        code\n        kind\n      }\n    }\n    viewer {\n      currentOrganization {\n        id\n        kind\n        creditBalance\n        creditSharingEnabled\n      }\n    }\n  }\n\n  fragment PlanFields on PricingPlan {\n    id\n    code\n    name\n    kind\n    credits\n    priceCents\n    currency\n    creditValidityDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasePlan($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      nextAction {\n        clientSecret\n      }\n      receiptNumber\n      receiptUrl\n      plan {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasePlan($input: PurchaseInput!) {\n    purchase(input: $input) {\n      id\n      quantity\n      credits\n      amountCents\n      currency\n      status\n      nextAction {\n        clientSecret\n      }\n      receiptNumber\n      receiptUrl\n      plan {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyPortal_portal on Portal {\n    id\n    slug\n    title\n    intro\n    primaryColor\n    logoUrl\n    enabled\n    serviceProvider {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MyPortal_portal on Portal {\n    id\n    slug\n    title\n    intro\n    primaryColor\n    logoUrl\n    enabled\n    serviceProvider {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPortal {\n    myPortal {\n      ...MyPortal_portal\n    }\n  }\n"): (typeof documents)["\n  query MyPortal {\n    myPortal {\n      ...MyPortal_portal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePortal($input: PortalInput!) {\n    savePortal(input: $input) {\n      ...MyPortal_portal\n    }\n  }\n"): (typeof documents)["\n  mutation SavePortal($input: PortalInput!) {\n    savePortal(input: $input) {\n      ...MyPortal_portal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPortal($slug: String!) {\n    portal(slug: $slug) {\n      id\n      slug\n      title\n      intro\n      primaryColor\n      logoUrl\n      enabled\n      serviceProvider {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicPortal($slug: String!) {\n    portal(slug: $slug) {\n      id\n      slug\n      title\n      intro\n      primaryColor\n      logoUrl\n      enabled\n      serviceProvider {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalJobs($slug: String!, $query: String, $location: String, $first: Int!, $after: String) {\n    portalJobs(slug: $slug, query: $query, location: $location, first: $first, after: $after) {\n      nodes {\n        id\n        title\n        employerName\n        workType\n        publishedAt\n        location {\n          city\n          state\n          postcode\n          country\n        }\n        salary {\n          min\n          max\n          period\n          currency\n        }\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PortalJobs($slug: String!, $query: String, $location: String, $first: Int!, $after: String) {\n    portalJobs(slug: $slug, query: $query, location: $location, first: $first, after: $after) {\n      nodes {\n        id\n        title\n        employerName\n        workType\n        publishedAt\n        location {\n          city\n          state\n          postcode\n          country\n        }\n        salary {\n          min\n          max\n          period\n          currency\n        }\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganizations {\n    myOrganizations {\n      current\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganizations {\n    myOrganizations {\n      current\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      currentOrganization {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      currentOrganization {\n        id\n        kind\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SessionViewer on Viewer {\n    emailVerified\n    pendingEmail\n    user {\n      id\n      name\n      email\n    }\n    currentOrganization {\n      id\n      name\n      kind\n    }\n    serviceProvider {\n      id\n      name\n    }\n    accessingClient {\n      id\n      invitedCompanyName\n    }\n    memberships {\n      role\n      organization {\n        id\n      }\n    }\n    contactPortal {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment SessionViewer on Viewer {\n    emailVerified\n    pendingEmail\n    user {\n      id\n      name\n      email\n    }\n    currentOrganization {\n      id\n      name\n      kind\n    }\n    serviceProvider {\n      id\n      name\n    }\n    accessingClient {\n      id\n      invitedCompanyName\n    }\n    memberships {\n      role\n      organization {\n        id\n      }\n    }\n    contactPortal {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitationPreview($token: String!) {\n    teamInvitation(token: $token) {\n      organizationName\n      email\n      role\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query TeamInvitationPreview($token: String!) {\n    teamInvitation(token: $token) {\n      organizationName\n      email\n      role\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpFromTeamInvitation($input: SignUpFromTeamInvitationInput!) {\n    signUpFromTeamInvitation(input: $input) {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpFromTeamInvitation($input: SignUpFromTeamInvitationInput!) {\n    signUpFromTeamInvitation(input: $input) {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTeamInvitation($token: String!) {\n    acceptTeamInvitation(token: $token) {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTeamInvitation($token: String!) {\n    acceptTeamInvitation(token: $token) {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team {\n    team {\n      members {\n        userId\n        name\n        email\n        role\n        joinedAt\n      }\n      invitations {\n        id\n        email\n        role\n        invitedAt\n        expiresAt\n        expired\n      }\n      permissions {\n        action\n        label\n        roles\n        needsVerifiedEmail\n      }\n    }\n  }\n"): (typeof documents)["\n  query Team {\n    team {\n      members {\n        userId\n        name\n        email\n        role\n        joinedAt\n      }\n      invitations {\n        id\n        email\n        role\n        invitedAt\n        expiresAt\n        expired\n      }\n      permissions {\n        action\n        label\n        roles\n        needsVerifiedEmail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteTeamMember($email: String!, $role: MembershipRole!) {\n    inviteTeamMember(email: $email, role: $role) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteTeamMember($email: String!, $role: MembershipRole!) {\n    inviteTeamMember(email: $email, role: $role) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendTeamInvitation($id: ID!) {\n    resendTeamInvitation(id: $id) {\n      id\n      expiresAt\n      expired\n    }\n  }\n"): (typeof documents)["\n  mutation ResendTeamInvitation($id: ID!) {\n    resendTeamInvitation(id: $id) {\n      id\n      expiresAt\n      expired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTeamInvitation($id: ID!) {\n    cancelTeamInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation CancelTeamInvitation($id: ID!) {\n    cancelTeamInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTeamMemberRole($userId: ID!, $role: MembershipRole!) {\n    changeTeamMemberRole(userId: $userId, role: $role) {\n      userId\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTeamMemberRole($userId: ID!, $role: MembershipRole!) {\n    changeTeamMemberRole(userId: $userId, role: $role) {\n      userId\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($userId: ID!) {\n    removeTeamMember(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($userId: ID!) {\n    removeTeamMember(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferOwnership($userId: ID!) {\n    transferOwnership(userId: $userId) {\n      userId\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation TransferOwnership($userId: ID!) {\n    transferOwnership(userId: $userId) {\n      userId\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveTeam {\n    leaveTeam\n  }\n"): (typeof documents)["\n  mutation LeaveTeam {\n    leaveTeam\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;