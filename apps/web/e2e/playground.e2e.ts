import { describe, expect, it } from "vitest";
import { appInBrowser, expectNoSideScroll, newAccount, openPage, PHONE, screenshotDir, signUpAsAgency } from "./support.js";

/** GraphiQL keeps the variables and headers editors both mounted and hides the inactive one. */
const HEADERS_EDITOR = ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror";

describe("the GraphQL playground", () => {
  const suite = appInBrowser();

  it("runs a query with the session of the signed-in person, with nothing loaded from outside", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    const account = newAccount("developer");
    await signUpAsAgency(page, suite.app.url, account);

    // GraphiQL asks for the schema first: it must pass the API's query limits.
    const introspection = page.waitForResponse(
      (r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("__schema"),
    );
    await page.goto(`${suite.app.url}/playground`);
    const schemaAnswer = (await (await introspection).json()) as { data?: { __schema?: unknown }; errors?: unknown[] };
    expect(schemaAnswer.errors).toBeUndefined();
    expect(schemaAnswer.data?.__schema).toBeTruthy();

    await page.locator(".graphiql-query-editor .CodeMirror").waitFor();
    // Typing into CodeMirror fights its bracket auto-closing; set the text as a paste would.
    await page.evaluate(() => {
      const host = document.querySelector(".graphiql-query-editor .CodeMirror") as
        (Element & { CodeMirror?: { setValue(v: string): void } }) | null;
      host?.CodeMirror?.setValue("{ viewer { user { email } } }");
    });
    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => page.locator(".graphiql-response").innerText(), { timeout: 15_000 }).toContain(account.email);
    await page.screenshot({ path: `${screenshotDir}/playground-desktop.png` });

    // Issue 16, item 4: on a phone the response sits under the editors, at the full width, readable;
    // the editors' inputs are labelled (axe runs before every screenshot).
    await page.setViewportSize(PHONE);
    const response = (await page.locator(".graphiql-response").boundingBox())!;
    const query = (await page.locator(".graphiql-query-editor").boundingBox())!;
    expect(response.width, "the response pane is wide enough to read").toBeGreaterThan(PHONE.width * 0.6);
    expect(response.height, "the response pane has room for lines").toBeGreaterThan(150);
    expect(response.y, "the response sits under the editors").toBeGreaterThanOrEqual(query.y + query.height - 1);
    expect(await page.locator(".graphiql-response").innerText()).toContain(account.email);
    await expectNoSideScroll(page);
    for (const name of ["Query", "Response", "Variables", "Headers"]) {
      expect(await page.locator(`textarea[aria-label="${name}"]`).count(), `the ${name} editor is labelled`).toBe(1);
    }
    await page.screenshot({ path: `${screenshotDir}/playground-375.png` });

    // A CSP violation (an inline script, an eval, a blocked worker) is a console error.
    expect(errors).toEqual([]);
    assertNoExternalRequests();
    await context.close();
  });

  it("runs a query with a personal access token pasted into the headers, without a session", async () => {
    // Create the token on the Account page, as a developer would.
    const signedIn = await openPage(suite.browser);
    const { page } = signedIn;
    const account = newAccount("scripter");
    await signUpAsAgency(page, suite.app.url, account);
    await page.getByRole("link", { name: "Account" }).click();
    await page.getByText("No access tokens").waitFor();
    await page.getByRole("button", { name: "Create a token" }).click();
    const dialog = page.getByRole("dialog", { name: "New access token" });
    await dialog.getByLabel("Token name").fill("Payroll sync");
    await dialog.getByRole("button", { name: "Create token" }).click();
    const secretInput = page.getByTestId("access-token-secret");
    await secretInput.waitFor();
    const secret = await secretInput.inputValue();
    expect(secret).toMatch(/^pat_/);
    await page.screenshot({ path: `${screenshotDir}/access-token-secret-desktop.png` });
    await page.getByRole("button", { name: "I've copied it" }).click();
    await page.getByRole("cell", { name: "Payroll sync", exact: true }).waitFor();
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${screenshotDir}/account-375.png`, fullPage: true });
    signedIn.assertNoExternalRequests();
    await signedIn.context.close();

    // A fresh browser with no session: only the header signs the request.
    const anonymous = await openPage(suite.browser);
    const { page: playground } = anonymous;
    await playground.goto(`${suite.app.url}/playground`);
    await playground.getByText("Not signed in").waitFor();
    await playground.getByRole("button", { name: "Headers" }).click();
    await playground.locator(HEADERS_EDITOR).waitFor();
    await playground.evaluate(
      ({ headers, selector }) => {
        type Host = Element & { CodeMirror?: { setValue(v: string): void } };
        (document.querySelector(selector) as Host | null)?.CodeMirror?.setValue(headers);
        const query = document.querySelector(".graphiql-query-editor .CodeMirror") as Host | null;
        query?.CodeMirror?.setValue("{ viewer { user { email } } }");
      },
      { headers: JSON.stringify({ Authorization: `Bearer ${secret}` }), selector: HEADERS_EDITOR },
    );
    await playground.locator(".graphiql-execute-button").click();
    await expect.poll(() => playground.locator(".graphiql-response").innerText(), { timeout: 15_000 }).toContain(account.email);
    await playground.screenshot({ path: `${screenshotDir}/playground-token-desktop.png` });
    anonymous.assertNoExternalRequests();
    await anonymous.context.close();
  });
});
