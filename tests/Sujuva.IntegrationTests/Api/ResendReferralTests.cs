using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Api;

/// <summary>After a decline as incomplete, the sender completes the referral and sends it again, linked to the declined one.</summary>
public sealed class ResendReferralTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Sent(HttpClient Coach, HttpClient Instructor, ReferralDto Referral, ServiceDto Rehab);

    private static async Task<Sent> SendAsync(SujuvaApp app)
    {
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var instructor = await app.SignInAsync(FixtureNetwork.Instructor);
        var (@case, _, _) = await Given.CaseBesideFullStageAsync(coach);
        var rehab = await Given.ServiceAsync(coach, FixtureNetwork.RehabService);
        var referral = await ReferAsync(coach, @case.Id, rehab.Id, "Needs work-activity assessment", null);
        return new Sent(coach, instructor, referral, rehab);
    }

    private static async Task<ReferralDto> ReferAsync(HttpClient coach, Guid caseId, Guid to, string reason, Guid? resendOf)
    {
        var response = await PostReferralAsync(coach, caseId, to, reason, resendOf);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ReferralDto>(Ct))!;
    }

    private static Task<HttpResponseMessage> PostReferralAsync(HttpClient coach, Guid caseId, Guid to, string reason, Guid? resendOf) =>
        coach.PostAsJsonAsync("/api/referrals",
            new { fromCaseId = caseId, toServiceId = to, reason, clientConsented = true, resendOf }, Ct);

    private static async Task DeclineAsync(Sent sent, string reason)
    {
        var response = await sent.Instructor.PostAsJsonAsync($"/api/referrals/{sent.Referral.Id}/decline",
            new { reason, version = sent.Referral.Version, note = "Attach the assessment" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Resend_DeclinedAsIncomplete_SendsNewReferralLinkedToTheDeclinedOne(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var sent = await SendAsync(app);
        await DeclineAsync(sent, "Incomplete");
        var manager = await app.SignInAsync(FixtureNetwork.Manager);
        var before = await Given.LastEventIdAsync(manager);

        var again = await ReferAsync(sent.Coach, sent.Referral.FromCaseId, sent.Rehab.Id,
            "Needs work-activity assessment; assessment attached", sent.Referral.Id);

        Assert.Equal((sent.Referral.Id, "Sent"), (again.ResendOfId, again.Status));
        var incoming = await sent.Instructor.GetFromJsonAsync<List<ReferralDto>>("/api/referrals?direction=incoming&status=Sent", Ct);
        Assert.Equal(sent.Referral.Id, Assert.Single(incoming!).ResendOfId);
        var recorded = Assert.Single((await Given.EventsAfterAsync(manager, before)).Events, e => e.Type == "ReferralSent");
        Assert.Equal(sent.Referral.Id, recorded.Payload.GetProperty("resendOfId").GetGuid());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Resend_Twice_Returns409NamingResendOf(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var sent = await SendAsync(app);
        await DeclineAsync(sent, "Incomplete");
        await ReferAsync(sent.Coach, sent.Referral.FromCaseId, sent.Rehab.Id, "Completed", sent.Referral.Id);

        var twice = await PostReferralAsync(sent.Coach, sent.Referral.FromCaseId, sent.Rehab.Id, "Completed again", sent.Referral.Id);

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var problem = await Given.ProblemAsync(twice);
        Assert.Equal("Referrals.AlreadyResent", problem.Code);
        Assert.Contains("resendOf", problem.Errors.Keys);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Resend_OfReferralStillWaiting_Returns422AndSendsNothing(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var sent = await SendAsync(app);

        var early = await PostReferralAsync(sent.Coach, sent.Referral.FromCaseId, sent.Rehab.Id, "Again", sent.Referral.Id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("Referrals.ResendNotDeclined", (await Given.ProblemAsync(early)).Code);
        var outgoing = await sent.Coach.GetFromJsonAsync<List<ReferralDto>>("/api/referrals?direction=outgoing", Ct);
        Assert.Single(outgoing!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Resend_OfUnknownReferral_Returns404NamingResendOf(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var sent = await SendAsync(app);

        var unknown = await PostReferralAsync(sent.Coach, sent.Referral.FromCaseId, sent.Rehab.Id, "Again", Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("resendOf", (await Given.ProblemAsync(unknown)).Errors.Keys);
    }
}
