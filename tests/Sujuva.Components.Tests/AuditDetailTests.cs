using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Components.Pages.Admin;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Resources;

namespace Sujuva.Components.Tests;

/// <summary>The audit log page's detail column: grants, fields and codes in the reader's language.</summary>
public sealed class AuditDetailTests : ComponentTest
{
    private static readonly Guid TeamId = Guid.Parse("019ab0bb-a980-7b46-a16d-81d55f17ca17");

    private string Of(AuditKind kind, string? detail = null, string[]? fields = null, bool byCase = false, bool byReferral = false)
    {
        var entry = new AuditEntryView(1, new DateTime(2026, 6, 10, 8, 0, 0, DateTimeKind.Utc), kind, Guid.NewGuid(), null,
            fields ?? [], byCase ? Guid.NewGuid() : null, byReferral ? Guid.NewGuid() : null, null, detail, null, null);
        var row = new AuditRow(entry, "Aino Valmentaja", null, "C-7K2M9Q", byCase ? "Valmennus" : null, byReferral ? "Kuntouttava työtoiminta" : null, null);
        var detailText = new AuditDetail(Services.GetRequiredService<IStringLocalizer<Strings>>(),
            new Dictionary<Guid, string> { [TeamId] = "Nuorten tiimi" });
        return detailText.Of(row);
    }

    [Fact]
    public void Of_ReadByCase_FieldsInWordsAndTheGrantingService() =>
        Assert.Equal("Fields: first name, last name · Reason: case in Valmennus",
            Of(AuditKind.PersonalDataRead, fields: ["FirstName", "LastName"], byCase: true));

    [Fact]
    public void Of_ReadByReferral_TheReceivingService() =>
        Assert.Equal("Fields: identity code · Reason: referral to Kuntouttava työtoiminta",
            Of(AuditKind.PersonalDataRead, fields: ["IdentityCode"], byReferral: true));

    [Fact]
    public void Of_RoleAndTeamChanges_NamesNotIds()
    {
        Assert.Equal("Roles now: Team lead, Worker", Of(AuditKind.RoleChange, "roles=TeamLead,Worker"));
        Assert.Equal("Teams now: Nuorten tiimi", Of(AuditKind.RoleChange, $"teams={TeamId}"));
        Assert.Equal("Teams now: none", Of(AuditKind.RoleChange, "teams="));
        Assert.Equal("Role removed: Administrator", Of(AuditKind.RoleChange, "-Administrator"));
    }

    [Fact]
    public void Of_SignInCodes_InWordsAndUnknownCodeAsWritten()
    {
        Assert.Equal("Password and two-step code", Of(AuditKind.SignIn, "TwoFactor"));
        Assert.Equal("Wrong password", Of(AuditKind.FailedSignIn, "WrongPassword"));
        Assert.Equal("SomethingNew", Of(AuditKind.FailedSignIn, "SomethingNew"));
    }

    [Fact]
    public void Of_Export_DescriptionAsWritten() =>
        Assert.Equal("-roles: event log csv", Of(AuditKind.Export, "-roles: event log csv"));

    [Fact]
    public void Of_Finnish_FinnishTexts()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("fi-FI");

        Assert.Equal("Kentät: etunimi · Peruste: asiakkuus palvelussa Valmennus",
            Of(AuditKind.PersonalDataRead, fields: ["FirstName"], byCase: true));
        Assert.Equal("Tili lukittiin", Of(AuditKind.AccountChange, "Locked"));
    }
}
