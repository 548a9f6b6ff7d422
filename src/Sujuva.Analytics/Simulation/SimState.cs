namespace Sujuva.Analytics.Simulation;

internal enum SimEventKind : byte { Arrive, StageDone, WorkTick, Block, Unblock, Decide, Resend, Close, Reopen, Intake }

/// <summary>A scheduled event; Version drops events meant for an earlier stage visit of the case.</summary>
internal readonly record struct SimEvent(SimEventKind Kind, int Target, int Version, int Extra = 0);

/// <summary>The simulator's mutable view of one case.</summary>
internal sealed class CaseState(int key, int client, int service, int depth, string worker)
{
    public int Key { get; } = key;
    public int Client { get; } = client;
    public int Service { get; } = service;
    public int Depth { get; } = depth;
    public string Worker { get; } = worker;
    public int Stage { get; set; }
    public int Version { get; set; }
    public bool Closed { get; set; }
    public bool Blocked { get; set; }

    /// <summary>Done in its stage and waiting to move on (queue, intake or referral decision).</summary>
    public bool Ready { get; set; }

    public bool DoneWhileBlocked { get; set; }
    public bool Reworked { get; set; }
    public DateTime QueuedSince { get; set; }
}

internal sealed record ReferralState(int Key, int FromCase, int ToService, string Reason, bool Corrected, bool Consented);
