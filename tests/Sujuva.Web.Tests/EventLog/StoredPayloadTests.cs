using System.Text.Json;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Referrals;

namespace Sujuva.Web.Tests.EventLog;

public sealed class StoredPayloadTests
{
    private static readonly Guid A = Guid.Parse("0195a1b2-0000-7000-8000-00000000000a");
    private static readonly Guid B = Guid.Parse("0195a1b2-0000-7000-8000-00000000000b");
    private static readonly Guid C = Guid.Parse("0195a1b2-0000-7000-8000-00000000000c");

    // How payloads were written before the records (anonymous objects, web defaults): stored logs hold these bytes.
    private static readonly JsonSerializerOptions Before = new(JsonSerializerDefaults.Web);

    public static TheoryData<IEventPayload, object> EveryType() => new()
    {
        { new OrganisationCreated("Kaupungin työllisyyspalvelut"), new { name = "Kaupungin työllisyyspalvelut" } },
        { new OrganisationRenamed("Kaupunki"), new { name = "Kaupunki" } },
        { new OrganisationArchived(), new { } },
        { new TeamCreated(A, "Tiimi \"Pohjoinen\""), new { teamId = A, name = "Tiimi \"Pohjoinen\"" } },
        { new TeamRenamed(A, "Etelä"), new { teamId = A, name = "Etelä" } },
        { new TeamArchived(A), new { teamId = A } },
        {
            new ServiceCreated("Valmennus", A, [new BoardStage(B, "Jono", StageKind.Waiting, null, 0), new BoardStage(C, "Työ", StageKind.Working, 3, 1)]),
            new
            {
                name = "Valmennus", teamId = A, stages = new object[]
                {
                    new { stageId = B, Name = "Jono", kind = "Waiting", WipLimit = (int?)null, Position = 0 },
                    new { stageId = C, Name = "Työ", kind = "Working", WipLimit = (int?)3, Position = 1 },
                },
            }
        },
        { new ServiceRenamed("Kuntoutus"), new { name = "Kuntoutus" } },
        { new ServiceArchived(), new { } },
        {
            new BoardChanged("StageAdded", [new BoardStage(B, "Jono", StageKind.Waiting, 5, 0)]),
            new { change = "StageAdded", stages = new[] { new { stageId = B, Name = "Jono", kind = "Waiting", WipLimit = (int?)5, Position = 0 } } }
        },
        { new BlockReasonNamed(BlockReason.WaitingForDecision, "Odottaa Kelan päätöstä"), new { reason = "WaitingForDecision", name = "Odottaa Kelan päätöstä" } },
        { new BlockReasonNamed(BlockReason.Other, null), new { reason = "Other", name = (string?)null } },
        { new ClientRegistered(), new { } },
        { new CaseOpened(), new { } },
        { new CaseOpened(A), new { referralId = A } },
        { new CaseMoved(A), new { fromStageId = A } },
        { new CaseMoved(A, WipOverride: true), new { fromStageId = A, wipOverride = true } },
        { new CaseBlocked(BlockReason.WaitingForClient), new { reason = "WaitingForClient" } },
        { new CaseUnblocked(BlockReason.WaitingForDocuments), new { reason = "WaitingForDocuments" } },
        { new CaseUnblocked(null), new { reason = (string?)null } },
        { new WorkLogged(45), new { minutes = 45 } },
        { new CaseClosed(Outcome.Employed), new { outcome = "Employed" } },
        { new CaseReopened(), new { } },
        { new CaseAssigned(A, null), new { workerId = (Guid?)A, previousWorkerId = (Guid?)null } },
        { new CaseAssigned(null, B), new { workerId = (Guid?)null, previousWorkerId = (Guid?)B } },
        { new CasePaired(A), new { workerId = A, previousWorkerId = (Guid?)null } },
        { new CasePaired(A, B), new { workerId = A, previousWorkerId = (Guid?)B } },
        { new CaseUnpaired(A), new { workerId = A } },
        // resendOfId came later: a first sending stores it as null.
        { new ReferralSent(A, B, C, true), new { referralId = A, toServiceId = B, toOrganisationId = C, clientConsented = true, resendOfId = (Guid?)null } },
        { new ReferralAccepted(A, B, C), new { referralId = A, toServiceId = B, newCaseId = C } },
        { new ReferralDeclined(A, B, DeclineReason.NotEligible), new { referralId = A, toServiceId = B, reason = "NotEligible" } },
    };

    [Theory, MemberData(nameof(EveryType))]
    public void Write_EveryType_SameBytesAsBeforeTheRecords(IEventPayload payload, object before) =>
        Assert.Equal(JsonSerializer.Serialize(before, Before), StoredPayload.Write(payload));

    [Theory, MemberData(nameof(EveryType))]
    public void Read_WhatWriteStored_IsTheSameRecord(IEventPayload payload, object before)
    {
        _ = before;
        var read = StoredPayload.Read(EventTypes.Of(payload), StoredPayload.Write(payload));

        Assert.Equal(StoredPayload.Write(payload), StoredPayload.Write(read));
    }

    [Fact]
    public void Records_EveryTypeHasOne() =>
        Assert.Equal(33, EventTypes.Records.Count);

    [Fact]
    public void Read_UnknownType_Throws() =>
        Assert.Throws<InvalidDataException>(() => StoredPayload.Read("CaseTeleported", "{}"));

    [Theory]
    [InlineData("""{"reason":"Ville Virtanen in hospital"}""", BlockReason.Other)]
    [InlineData("""{"reason":"waitingforclient"}""", BlockReason.Other)]
    [InlineData("""{"reason":null}""", BlockReason.Other)]
    [InlineData("""{}""", BlockReason.Other)]
    [InlineData("""{"reason":"WaitingForClient"}""", BlockReason.WaitingForClient)]
    public void Read_BlockReasonThatIsNoCode_IsOther(string stored, BlockReason expected) =>
        Assert.Equal(expected, Assert.IsType<CaseBlocked>(StoredPayload.Read(EventTypes.CaseBlocked, stored)).Reason);

    [Fact]
    public void Read_EarlierOverrideReason_IsAnOverrideWithoutItsText()
    {
        var moved = Assert.IsType<CaseMoved>(StoredPayload.Read(EventTypes.CaseMoved,
            $$"""{"fromStageId":"{{A}}","wipOverrideReason":"Ville's court date"}"""));

        Assert.Equal((A, true), (moved.FromStageId, moved.WipOverride));
        Assert.DoesNotContain("Ville", StoredPayload.Write(moved), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeclineWithFreeTextReason_IsOther() =>
        Assert.Equal(DeclineReason.Other, Assert.IsType<ReferralDeclined>(StoredPayload.Read(EventTypes.ReferralDeclined,
            $$"""{"referralId":"{{A}}","toServiceId":"{{B}}","reason":"Ville is not ours","note":"full"}""")).Reason);
}
