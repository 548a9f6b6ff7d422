using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Tests.EventLog;

public sealed class EventPayloadsTests
{
    [Theory]
    [InlineData(EventTypes.CaseBlocked, """{"reason":"Ville Virtanen in hospital"}""", """{"reason":"Other"}""")]
    [InlineData(EventTypes.CaseBlocked, """{"reason":"WaitingForDocuments"}""", """{"reason":"WaitingForDocuments"}""")]
    [InlineData(EventTypes.CaseUnblocked, """{"reason":"1"}""", """{"reason":"Other"}""")]
    [InlineData(EventTypes.CaseMoved, """{"fromStageId":"x","wipOverrideReason":"Ville's court date"}""", """{"fromStageId":"x","wipOverride":true}""")]
    [InlineData(EventTypes.ReferralSent, """{"referralId":"r","toServiceId":"s","toOrganisationId":"o","reason":"Ville needs rehab","clientConsented":true}""",
        """{"referralId":"r","toServiceId":"s","toOrganisationId":"o","clientConsented":true}""")]
    [InlineData(EventTypes.ReferralDeclined, """{"referralId":"r","toServiceId":"s","reason":"Capacity","note":"Ville full"}""",
        """{"referralId":"r","toServiceId":"s","reason":"Capacity"}""")]
    [InlineData(EventTypes.ReferralDeclined, """{"referralId":"r","reason":"Ville is not ours"}""", """{"referralId":"r","reason":"Other"}""")]
    [InlineData(EventTypes.ServiceRenamed, """{"name":"Valmennus"}""", """{"name":"Valmennus"}""")]
    public void Of_StoredPayload_ShowsOnlyListedFieldsAndCodes(string type, string stored, string shown) =>
        Assert.Equal(shown, EventPayloads.Of(type, stored));

    [Theory]
    [InlineData(null, BlockReason.Other)]
    [InlineData("WaitingForClient", BlockReason.WaitingForClient)]
    [InlineData("waitingforclient", BlockReason.Other)]
    [InlineData("0", BlockReason.Other)]
    [InlineData("Odottaa asumispäätöstä", BlockReason.Other)]
    public void FromStored_AnythingButACodesName_IsOther(string? stored, BlockReason expected) =>
        Assert.Equal(expected, BlockReasons.FromStored(stored));
}
