using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Bench;

namespace Sujuva.IntegrationTests.Auth;

/// <summary>Authenticator (TOTP) sign-in: enrol, sign in with a code or a recovery code, wrong codes refused.</summary>
public sealed class TwoFactorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string CoachEmail = FixtureNetwork.Email(FixtureNetwork.Coach);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Enrol_ThenSignIn_NeedsTheCurrentCodeAndRefusesAWrongOne(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var setup = await (await coach.PostAsync("/api/account/two-factor/enrol", null, Ct)).Content.ReadFromJsonAsync<SetupDto>(Ct);
        var key = Totp.KeyOf(setup!.AuthenticatorUri);
        var wrongFirst = await coach.PostAsJsonAsync("/api/account/two-factor/confirm", new { code = WrongCode(key) }, Ct);
        var confirmed = await coach.PostAsJsonAsync("/api/account/two-factor/confirm", new { code = Totp.Code(key) }, Ct);
        var http = app.Anonymous();

        var passwordOnly = await AccountSteps.LoginAsync(http, CoachEmail, FixtureNetwork.Password);
        var wrongCode = await AccountSteps.LoginAsync(http, CoachEmail, FixtureNetwork.Password, WrongCode(key));
        var rightCode = await AccountSteps.LoginAsync(http, CoachEmail, FixtureNetwork.Password, Totp.Code(key));

        Assert.StartsWith("<svg", setup.QrCodeSvg.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongFirst.StatusCode);
        Assert.Equal(10, (await confirmed.Content.ReadFromJsonAsync<RecoveryCodesDto>(Ct))!.Codes.Count);
        Assert.Equal("Auth.TwoFactorRequired", (await Given.ProblemAsync(passwordOnly)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.Equal("Auth.TwoFactorFailed", (await Given.ProblemAsync(wrongCode)).Code);
        Assert.Equal(HttpStatusCode.OK, rightCode.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task RecoveryCode_SignsInOnce(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var setup = await (await coach.PostAsync("/api/account/two-factor/enrol", null, Ct)).Content.ReadFromJsonAsync<SetupDto>(Ct);
        var confirmed = await coach.PostAsJsonAsync("/api/account/two-factor/confirm",
            new { code = Totp.Code(Totp.KeyOf(setup!.AuthenticatorUri)) }, Ct);
        var codes = await confirmed.Content.ReadFromJsonAsync<RecoveryCodesDto>(Ct);
        var http = app.Anonymous();

        var first = await AccountSteps.LoginAsync(http, CoachEmail, FixtureNetwork.Password, recoveryCode: codes!.Codes[0]);
        var again = await AccountSteps.LoginAsync(http, CoachEmail, FixtureNetwork.Password, recoveryCode: codes.Codes[0]);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Administrator_WithoutTwoFactor_IsRefusedEverythingButEnrolment(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = app.Anonymous();
        await AccountSteps.UseTokenAsync(admin,
            await AccountSteps.LoginAsync(admin, FixtureNetwork.Email(FixtureNetwork.Admin), FixtureNetwork.Password));

        var users = await admin.GetAsync("/api/admin/users", Ct);
        var services = await admin.GetAsync("/api/services", Ct);
        var status = await admin.GetFromJsonAsync<TwoFactorStatusDto>("/api/account/two-factor", Ct);
        var turnOff = await admin.PostAsync("/api/account/two-factor/disable", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Equal("Auth.TwoFactorEnrolmentRequired", (await Given.ProblemAsync(users)).Code);
        Assert.Equal("Auth.TwoFactorEnrolmentRequired", (await Given.ProblemAsync(services)).Code);
        Assert.True(status!.Required);
        Assert.False(status.Enabled);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, turnOff.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ResetTwoFactor_ByAdministrator_LetsTheUserSignInWithPasswordAgain(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        await AccountSteps.EnrolAsync(await app.SignInAsync(FixtureNetwork.Coach));
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coach = await AdminSteps.UserAsync(admin, CoachEmail);

        var reset = await admin.PostAsync($"/api/admin/users/{coach.Id}/reset-two-factor", null, Ct);
        var login = await AccountSteps.LoginAsync(app.Anonymous(), CoachEmail, FixtureNetwork.Password);

        Assert.True(coach.TwoFactorEnabled);
        Assert.False((await reset.Content.ReadFromJsonAsync<AdminUserDto>(Ct))!.TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    /// <summary>A code that is valid in none of the steps Identity accepts (now ± a few steps).</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(i => Totp.Code(key, now.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .First(c => !valid.Contains(c));
    }
}
