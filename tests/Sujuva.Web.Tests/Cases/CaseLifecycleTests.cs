using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Tests.Cases;

public sealed class CaseLifecycleTests
{
    [Fact]
    public void Block_ThenUnblock_RecordsBothAndClearsTheReason()
    {
        var c = Board.OpenCase(Board.Service());

        Assert.Null(c.Block(BlockReason.WaitingForDecision, "Waiting for housing decision", Board.Worker, Board.At));
        Assert.Equal("Cases.AlreadyBlocked", c.Block(BlockReason.Other, "Again", Board.Worker, Board.At)!.Code);
        Assert.Equal(BlockReason.WaitingForDecision, c.BlockedReason);
        Assert.Equal("Waiting for housing decision", Assert.Single(c.Notes).Text);
        Assert.Null(c.Unblock(Board.Worker, Board.At.AddDays(9)));

        Assert.Null(c.BlockedReason);
        Assert.Equal([EventTypes.CaseBlocked, EventTypes.CaseUnblocked], c.TakeEvents().Select(e => e.Type));
        Assert.Equal("Cases.NotBlocked", c.Unblock(Board.Worker, Board.At)!.Code);
    }

    [Fact]
    public void Block_WithoutReason_IsInvalidOnReason()
    {
        var c = Board.OpenCase(Board.Service());

        Assert.Equal("reason", c.Block(null, "Waiting", Board.Worker, Board.At)!.Field);
        Assert.Equal("reason", c.Block((BlockReason)99, null, Board.Worker, Board.At)!.Field);
    }

    [Fact]
    public void Block_WithNote_EventCarriesOnlyTheCode()
    {
        var c = Board.OpenCase(Board.Service());

        c.Block(BlockReason.WaitingForClient, "Ville is in hospital", Board.Worker, Board.At);

        Assert.Equal("""{"reason":"WaitingForClient"}""", Assert.Single(c.TakeEvents()).Payload);
        Assert.Equal(CaseNoteKind.BlockReason, Assert.Single(c.Notes).Kind);
    }

    [Fact]
    public void Block_NoteLongerThanItsColumn_IsInvalidOnNote()
    {
        var c = Board.OpenCase(Board.Service());

        Assert.Equal("note", c.Block(BlockReason.Other, new string('x', CaseNote.MaxLength + 1), Board.Worker, Board.At)!.Field);
        Assert.Null(c.BlockedReason);
    }

    [Fact]
    public void Close_BlockedCase_EndsTheBlockThenClosesWithOneVersionBump()
    {
        var c = Board.OpenCase(Board.Service());
        c.Block(BlockReason.WaitingForClient, "Sick leave", Board.Worker, Board.At);
        c.TakeEvents();

        Assert.Null(c.Close(Outcome.Employed, Board.Worker, Board.At.AddDays(1)));

        Assert.Equal([EventTypes.CaseUnblocked, EventTypes.CaseClosed], c.TakeEvents().Select(e => e.Type));
        Assert.Equal((Outcome.Employed, 3), (c.Outcome!.Value, c.Version));
        Assert.False(c.IsOpen);
    }

    [Fact]
    public void ClosedCase_RefusesChangesUntilReopened()
    {
        var service = Board.Service();
        var c = Board.OpenCase(service);
        c.Close(Outcome.Withdrew, Board.Worker, Board.At);

        Assert.Equal("Cases.Closed", c.MoveTo(service.Stage("Done"), 0, null, Board.Worker, Board.At)!.Code);
        Assert.Equal("Cases.Closed", c.Block(BlockReason.Other, "x", Board.Worker, Board.At)!.Code);
        Assert.Equal("Cases.Closed", c.RecordWork(10, Board.Worker, Board.At)!.Code);
        Assert.Equal("Cases.AlreadyClosed", c.Close(Outcome.Other, Board.Worker, Board.At)!.Code);
        Assert.Null(c.Reopen(ReopenReason.NeedReturned, null, service.Stage("Work"), Board.Worker, Board.At.AddDays(3)));

        Assert.True(c.IsOpen);
        Assert.Null(c.Outcome);
        Assert.Equal(service.Stage("Work"), c.StageId);
        Assert.Equal("Cases.NotClosed", c.Reopen(ReopenReason.NeedReturned, null, null, Board.Worker, Board.At)!.Code);
    }

    [Fact]
    public void Reopen_WithoutReason_IsInvalidOnReasonAndStaysClosed()
    {
        var service = Board.Service();
        var c = Board.OpenCase(service);
        c.Close(Outcome.Withdrew, Board.Worker, Board.At);
        c.TakeEvents();

        var refusal = c.Reopen(null, null, null, Board.Worker, Board.At.AddDays(1));

        Assert.Equal(("reason", "Cases.ReopenReasonMissing"), (refusal!.Field, refusal.Code));
        Assert.False(c.IsOpen);
        Assert.Empty(c.TakeEvents());
    }

    [Fact]
    public void Reopen_WithReasonAndNote_RecordsTheCodeAndKeepsTheTextAsANote()
    {
        var service = Board.Service();
        var c = Board.OpenCase(service);
        c.Close(Outcome.Withdrew, Board.Worker, Board.At);
        c.TakeEvents();

        Assert.Null(c.Reopen(ReopenReason.ClosedByMistake, " Closed the wrong card ", null, Board.Worker, Board.At.AddDays(1)));

        var reopened = StoredPayload.Read<CaseReopened>(Assert.Single(c.TakeEvents()));
        Assert.Equal(ReopenReason.ClosedByMistake, reopened.Reason);
        Assert.Equal((CaseNoteKind.ReopenReason, "Closed the wrong card"), (Assert.Single(c.Notes).Kind, c.Notes.Single().Text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1441)]
    public void RecordWork_MinutesOutOfRange_IsInvalidOnMinutes(int minutes)
    {
        var c = Board.OpenCase(Board.Service());

        Assert.Equal("minutes", c.RecordWork(minutes, Board.Worker, Board.At)!.Field);
    }
}
