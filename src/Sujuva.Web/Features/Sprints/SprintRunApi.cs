using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Sprints;

/// <summary>
/// Running a sprint under /api/sprints/{sprintId}: the agenda's timer (the facilitator starts, pauses, resumes and
/// moves on), the exercises' notes (the team adds them), and the dot votes (anonymous until the facilitator reveals a
/// round). Every signed-in member of the network reads them.
/// </summary>
public static class SprintRunApi
{
    public static void MapSprintRunApi(this RouteGroupBuilder sprints)
    {
        ArgumentNullException.ThrowIfNull(sprints);
        var run = sprints.MapGroup("/{sprintId}/run");
        run.MapGet("/", ReadRunAsync);
        run.MapPost("/start", StartAsync);
        run.MapPost("/next", NextAsync);
        run.MapPost("/pause", PauseAsync);
        run.MapPost("/resume", ResumeAsync);

        var notes = sprints.MapGroup("/{sprintId}/notes");
        notes.MapGet("/", ListNotesAsync);
        notes.MapPost("/", AddNoteAsync);
        notes.MapPut("/{noteId}", EditNoteAsync);
        notes.MapPost("/{noteId}/delete", DeleteNoteAsync);

        var votes = sprints.MapGroup("/{sprintId}/votes");
        votes.MapPost("/", CastAsync);
        votes.MapPost("/{voteId}/withdraw", WithdrawAsync);
        votes.MapGet("/rounds/{round}", RoundAsync);
        votes.MapPost("/rounds/{round}/reveal", RevealAsync);
    }

    /// <summary>The facilitator view's timer: the current exercise with its elapsed and remaining time, and the next step.</summary>
    public static async Task<Results<Ok<SprintRunView>, ProblemHttpResult>> ReadRunAsync(
        Guid sprintId, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await RunSprint.ReadAsync(sprintId, db, user, clock, ct));

    /// <summary>Starts any exercise of the agenda; the first start makes the sprint Running.</summary>
    public static async Task<Results<Ok<SprintRunView>, ProblemHttpResult>> StartAsync(
        Guid sprintId, StartExerciseRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await RunSprint.StartAsync(sprintId, request, db, user, clock, ct));

    /// <summary>Starts the agenda's next exercise.</summary>
    public static async Task<Results<Ok<SprintRunView>, ProblemHttpResult>> NextAsync(
        Guid sprintId, SprintVersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await RunSprint.NextAsync(sprintId, request, db, user, clock, ct));

    public static async Task<Results<Ok<SprintRunView>, ProblemHttpResult>> PauseAsync(
        Guid sprintId, SprintVersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await RunSprint.PauseAsync(sprintId, request, db, user, clock, ct));

    public static async Task<Results<Ok<SprintRunView>, ProblemHttpResult>> ResumeAsync(
        Guid sprintId, SprintVersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await RunSprint.ResumeAsync(sprintId, request, db, user, clock, ct));

    /// <summary>The sprint's notes, oldest first; exercise and kind filter.</summary>
    public static async Task<Results<Ok<List<SprintNoteView>>, ProblemHttpResult>> ListNotesAsync(
        Guid sprintId, SprintExercise? exercise, SprintNoteKind? kind, SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        Problems.OkOr(await SprintNotes.ListAsync(sprintId, exercise, kind, db, user, ct));

    public static async Task<Results<Created<SprintNoteView>, ProblemHttpResult>> AddNoteAsync(
        Guid sprintId, AddNoteRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.CreatedOr(await SprintNotes.AddAsync(sprintId, request, db, user, clock, ct), n => $"/api/sprints/{sprintId}/notes/{n.Id}");

    /// <summary>A note's text and theme: by its author or the facilitator, with the note's version.</summary>
    public static async Task<Results<Ok<SprintNoteView>, ProblemHttpResult>> EditNoteAsync(
        Guid sprintId, Guid noteId, EditNoteRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await SprintNotes.EditAsync(sprintId, noteId, request, db, user, clock, ct));

    /// <summary>Deletes a note and the dots on it: by its author or the facilitator, with the note's version.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteNoteAsync(
        Guid sprintId, Guid noteId, SprintVersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.NoContentOr(await SprintNotes.DeleteAsync(sprintId, noteId, request?.Version ?? -1, db, user, clock, ct));

    /// <summary>Puts dots on a target within the voter's budget for the round; answers the round as the voter sees it.</summary>
    public static async Task<Results<Ok<VoteRoundView>, ProblemHttpResult>> CastAsync(
        Guid sprintId, CastVoteRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await CastVote.CastAsync(sprintId, request, db, user, clock, ct));

    /// <summary>Takes the voter's own dots back, until the round is revealed.</summary>
    public static async Task<Results<Ok<VoteRoundView>, ProblemHttpResult>> WithdrawAsync(
        Guid sprintId, Guid voteId, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await CastVote.WithdrawAsync(sprintId, voteId, db, user, clock, ct));

    /// <summary>A round as the reader sees it: before the reveal their own dots and the number of voters; after, the tally.</summary>
    public static async Task<Results<Ok<VoteRoundView>, ProblemHttpResult>> RoundAsync(
        Guid sprintId, VoteRound round, SujuvaDb db, CurrentUser user, CancellationToken ct) =>
        Problems.OkOr(await ReadVotes.RoundAsync(sprintId, round, db, user, ct));

    /// <summary>The facilitator reveals a round, with the sprint's version.</summary>
    public static async Task<Results<Ok<VoteRoundView>, ProblemHttpResult>> RevealAsync(
        Guid sprintId, VoteRound round, SprintVersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct) =>
        Problems.OkOr(await RunSprint.RevealAsync(sprintId, round, request, db, user, clock, ct));
}
