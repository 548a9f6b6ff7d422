using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Languages;

/// <summary>
/// The network's names for the block reasons: entered by an administrator in Finnish, Swedish and English, shown
/// in the reader's language, in Finnish where a language is missing, and the built-in text when none is entered.
/// The codes stay what cases and events record.
/// </summary>
public sealed class BlockReasonNameTests
{
    private const string Url = "/api/admin/block-reasons";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task NameBlockReason_ThreeLanguages_StandUpShowsTheReadersNameThenFinnishThenTheBuiltInText(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var blocked = await coach.PostAsJsonAsync($"/api/cases/{@case.Id}/block", new { reason = "WaitingForDecision", version = @case.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        var before = await ReasonAsync(admin, "WaitingForDecision");
        var standUp = await StandUpPageAsync(app, coach);

        var named = await admin.PutAsJsonAsync($"{Url}/WaitingForDecision", new
        {
            name = " Odottaa Kelan päätöstä ", nameSv = "Väntar på FPA:s beslut", nameEn = "Waiting for Kela's decision", version = 0,
        }, Ct);
        var three = await ReasonsShownAsync(standUp);
        var finnishOnly = await admin.PutAsJsonAsync($"{Url}/WaitingForDecision", new { name = "Odottaa Kelan päätöstä", version = 1 }, Ct);
        var swedishFallsBack = await standUp("sv");
        var cleared = await admin.PostAsJsonAsync($"{Url}/WaitingForDecision/clear", new { version = 2 }, Ct);
        var builtIn = await ReasonsShownAsync(standUp);

        Assert.Equal((null, 0), (before.Name, before.Version));
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(new AdminBlockReason("WaitingForDecision", "Odottaa Kelan päätöstä", "Väntar på FPA:s beslut", "Waiting for Kela's decision", 1),
            await named.Content.ReadFromJsonAsync<AdminBlockReason>(Ct));
        Assert.Equal(("Odottaa Kelan päätöstä", "Väntar på FPA:s beslut", "Waiting for Kela's decision"), three);
        Assert.Equal(HttpStatusCode.OK, finnishOnly.StatusCode);
        Assert.Contains("Odottaa Kelan päätöstä", swedishFallsBack, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(new AdminBlockReason("WaitingForDecision", null, null, null, 3), await ReasonAsync(admin, "WaitingForDecision"));
        Assert.Equal(("Odottaa päätöstä", "Väntar på ett beslut", "Waiting for a decision"), builtIn);
        // The case keeps its code; the log records each naming under the code, the Finnish name or null.
        Assert.Equal("WaitingForDecision", (await Given.CaseAsync(coach, @case.Id)).BlockedReason);
        var namings = (await Given.EventsAfterAsync(admin, 0)).Events.Where(e => e.Type == "BlockReasonNamed")
            .Select(e => (e.Payload.GetProperty("reason").GetString(), e.Payload.GetProperty("name").GetString(), e.ServiceId)).ToList();
        Assert.Equal([("WaitingForDecision", "Odottaa Kelan päätöstä", null), ("WaitingForDecision", "Odottaa Kelan päätöstä", null),
            ("WaitingForDecision", null, null)], namings);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task NameBlockReason_TwoAdministratorsFromOneVersion_SecondGets409(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);

        var first = await admin.PutAsJsonAsync($"{Url}/WaitingForDocuments", new { name = "Odottaa lausuntoa", version = 0 }, Ct);
        var second = await admin.PutAsJsonAsync($"{Url}/WaitingForDocuments", new { name = "Odottaa liitteitä", version = 0 }, Ct);
        var staleClear = await admin.PostAsJsonAsync($"{Url}/WaitingForDocuments/clear", new { version = 0 }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("EditConflict", (await Given.ProblemAsync(second)).Code);
        Assert.Equal(HttpStatusCode.Conflict, staleClear.StatusCode);
        Assert.Equal("Odottaa lausuntoa", (await ReasonAsync(admin, "WaitingForDocuments")).Name);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task NameBlockReason_BadInput_400NamingTheFieldAndNothingChanges(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);

        var blank = await admin.PutAsJsonAsync($"{Url}/Other", new { name = "  ", nameSv = "Annat hinder", version = 0 }, Ct);
        var tooLong = await admin.PutAsJsonAsync($"{Url}/Other", new { name = "Muu este", nameSv = new string('x', 201), version = 0 }, Ct);
        var noCode = await admin.PutAsJsonAsync($"{Url}/waitingforclient", new { name = "Muu este", version = 0 }, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, "name", "BlockReasons.NameMissing"), await FieldAsync(blank));
        var (tooLongStatus, tooLongField, _) = await FieldAsync(tooLong);
        Assert.Equal((HttpStatusCode.BadRequest, "nameSv"), (tooLongStatus, tooLongField));
        Assert.Equal(HttpStatusCode.NotFound, noCode.StatusCode);
        Assert.Equal(new AdminBlockReason("Other", null, null, null, 0), await ReasonAsync(admin, "Other"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task NameBlockReason_NotAnAdministrator_Gets403(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var lead = await app.SignInAsync(FixtureNetwork.Lead);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);

        var refused = await lead.PutAsJsonAsync($"{Url}/Other", new { name = "Muu este", version = 0 }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null((await ReasonAsync(admin, "Other")).Name);
    }

    private static async Task<AdminBlockReason> ReasonAsync(HttpClient admin, string code) =>
        (await admin.GetFromJsonAsync<List<AdminBlockReason>>(Url, Ct))!.Single(r => r.Reason == code);

    private static async Task<(HttpStatusCode, string, string)> FieldAsync(HttpResponseMessage response)
    {
        var problem = await Given.ProblemAsync(response);
        return (response.StatusCode, Assert.Single(problem.Errors).Key, problem.Code);
    }

    /// <summary>The blocked case's reason on the team's stand-up page, in Finnish, Swedish and English.</summary>
    private static async Task<(string Fi, string Sv, string En)> ReasonsShownAsync(Func<string, Task<string>> standUp)
    {
        var reasons = new List<string>();
        foreach (var language in new[] { "fi", "sv", "en" })
            reasons.Add(BlockedRowReason(await standUp(language)));
        return (reasons[0], reasons[1], reasons[2]);
    }

    /// <summary>The team lead's stand-up page as rendered, in a language (one sign-in for all).</summary>
    private static async Task<Func<string, Task<string>>> StandUpPageAsync(SujuvaApp app, HttpClient coach)
    {
        var team = (await coach.GetFromJsonAsync<JsonElement>("/api/teams", Ct)).EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "Työllisyystiimi").GetProperty("id").GetGuid();
        var pages = await app.SignInToPagesAsync(FixtureNetwork.Lead);
        return async language =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/teams/{team}/standup");
            request.Headers.AcceptLanguage.ParseAdd(language);
            var response = await pages.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        };
    }

    /// <summary>Which of the known texts the page shows for the reason (each language's entered or built-in one).</summary>
    private static string BlockedRowReason(string page) =>
        new[]
        {
            "Odottaa Kelan päätöstä", "Väntar på FPA:s beslut", "Waiting for Kela's decision",
            "Odottaa päätöstä", "Väntar på ett beslut", "Waiting for a decision",
        }.Single(text => page.Contains($">{text}<", StringComparison.Ordinal));
}

public sealed record AdminBlockReason(string Reason, string? Name, string? NameSv, string? NameEn, int Version);
