using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.Bench;

namespace Sujuva.EndToEndTests;

/// <summary>
/// The demo administrator must sign in with an authenticator code. The first test that needs them enrols
/// them through the API (as a person would on the enrolment page) and keeps the key for the others.
/// </summary>
public static class AdminAuthenticator
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _key;

    /// <summary>The administrator's key, enrolling them first if nobody has yet.</summary>
    public static async Task<string> KeyAsync(Uri baseAddress)
    {
        await Gate.WaitAsync();
        try
        {
            if (_key is not null) return _key;
            using var http = new HttpClient { BaseAddress = baseAddress };
            await UseTokenAsync(http, await LoginAsync(http, ApiGiven.Administrator, null));
            var setup = await Json(await http.PostAsync(new Uri("/api/account/two-factor/enrol", UriKind.Relative), null));
            var key = Totp.KeyOf(setup.GetProperty("authenticatorUri").GetString()!);
            await Json(await http.PostAsJsonAsync("/api/account/two-factor/confirm", new { code = Totp.Code(key) }));
            return _key = key;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A client signed in as the demo administrator with a current code.</summary>
    public static async Task<HttpClient> SignedInAsync(Uri baseAddress)
    {
        var key = await KeyAsync(baseAddress);
        var http = new HttpClient { BaseAddress = baseAddress };
        await UseTokenAsync(http, await LoginAsync(http, ApiGiven.Administrator, Totp.Code(key)));
        return http;
    }

    /// <summary>A browser page signed in as the demo administrator: password, then the code on the second step.</summary>
    /// <param name="locale">The browser's language; the fields are found by id, which is the same in every language.</param>
    public static async Task<Microsoft.Playwright.IPage> SignedInPageAsync(AppFixture fixture, string locale = "en-GB")
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var key = await KeyAsync(fixture.App.BaseAddress);
        var page = await fixture.NewPageAsync(locale);
        await page.GotoAsync("/login");
        await page.Locator("#email").FillAsync(ApiGiven.Administrator);
        await page.Locator("#password").FillAsync(AppFixture.DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.Locator("#code").FillAsync(Totp.Code(key));
        await page.Locator("button[type=submit]").ClickAsync();
        await AppFixture.WaitForUrlAsync(page, url => !url.Contains("/login", StringComparison.Ordinal));
        await AppFixture.WaitForReadyAsync(page);
        return page;
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient http, string email, string? code) =>
        http.PostAsJsonAsync("/api/auth/login", new { email, password = AppFixture.DemoPassword, twoFactorCode = code });

    public static async Task UseTokenAsync(HttpClient http, HttpResponseMessage login) =>
        http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", (await Json(login)).GetProperty("accessToken").GetString());

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
