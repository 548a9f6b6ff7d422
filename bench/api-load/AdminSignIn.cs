using System.Net.Http.Json;

namespace Sujuva.Bench.ApiLoad;

public sealed record TwoFactorSetup(string AuthenticatorUri);

/// <summary>
/// Administrators sign in with an authenticator code. The bench enrols the demo administrator as a person
/// would (enrol, confirm with a code), then signs in with the password and a current code.
/// </summary>
public static class AdminSignIn
{
    public static async Task<HttpClient> EnrolAndSignInAsync(string url, string email, string password)
    {
        using var first = await BenchSignIn.AsAsync(url, email, password);
        var setup = await Api.PostAsync<TwoFactorSetup>(first, "/api/account/two-factor/enrol", new { });
        var key = Totp.KeyOf(setup.AuthenticatorUri);
        var confirmed = await first.PostAsJsonAsync("/api/account/two-factor/confirm", new { code = Totp.Code(key) });
        if (!confirmed.IsSuccessStatusCode)
            throw new InvalidOperationException($"two-factor confirm: {(int)confirmed.StatusCode} {await confirmed.Content.ReadAsStringAsync()}");
        return await BenchSignIn.AsAsync(url, email, password, Totp.Code(key));
    }
}
