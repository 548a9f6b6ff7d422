using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Sujuva.Bench;

namespace Sujuva.IntegrationTests.Auth;

public sealed record TokenDto(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

public sealed record SetupDto(string SharedKey, string AuthenticatorUri, string QrCodeSvg);

public sealed record RecoveryCodesDto(List<string> Codes);

public sealed record TwoFactorStatusDto(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>Signing in over the API as a client does, enrolling an authenticator where the role requires one.</summary>
public static class AccountSteps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password, string? code = null,
        string? recoveryCode = null) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password, twoFactorCode = code, recoveryCode }, Ct);

    /// <summary>
    /// Signs in; an account with a known authenticator key gives its current code, and an account whose role
    /// requires two-factor sign-in is enrolled first (its key kept in keys, by e-mail).
    /// </summary>
    public static async Task SignInAsync(HttpClient client, string email, string password, IDictionary<string, string> keys)
    {
        keys.TryGetValue(email, out var key);
        var response = await LoginAsync(client, email, password, key is null ? null : Totp.Code(key));
        await UseTokenAsync(client, response);
        var status = await client.GetFromJsonAsync<TwoFactorStatusDto>("/api/account/two-factor", Ct);
        if (!status!.Required || status.Enabled) return;

        keys[email] = await EnrolAsync(client);
        await UseTokenAsync(client, await LoginAsync(client, email, password, Totp.Code(keys[email])));
    }

    /// <summary>Enrols the signed-in user; returns the authenticator key.</summary>
    public static async Task<string> EnrolAsync(HttpClient client)
    {
        var setup = await (await client.PostAsync("/api/account/two-factor/enrol", null, Ct))
            .Content.ReadFromJsonAsync<SetupDto>(Ct);
        var key = Totp.KeyOf(setup!.AuthenticatorUri);
        var confirmed = await client.PostAsJsonAsync("/api/account/two-factor/confirm", new { code = Totp.Code(key) }, Ct);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return key;
    }

    public static async Task UseTokenAsync(HttpClient client, HttpResponseMessage login)
    {
        var body = await login.Content.ReadAsStringAsync(Ct);
        Assert.True(login.IsSuccessStatusCode, $"sign-in: {(int)login.StatusCode} {body}");
        var token = System.Text.Json.JsonSerializer.Deserialize<TokenDto>(body,
            System.Text.Json.JsonSerializerOptions.Web);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
    }

}
