using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Features.Network;

namespace Sujuva.Web.Features.Pulse;

public sealed class PulseAnswerConfiguration : IEntityTypeConfiguration<PulseAnswer>
{
    public void Configure(EntityTypeBuilder<PulseAnswer> b)
    {
        b.ToTable("PulseAnswers");
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Comment).HasMaxLength(PulseAnswer.MaxComment);
        b.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.IsoYear, a.IsoWeek, a.TeamId });
    }
}

public sealed class PulseReceiptConfiguration : IEntityTypeConfiguration<PulseReceipt>
{
    public void Configure(EntityTypeBuilder<PulseReceipt> b)
    {
        b.ToTable("PulseReceipts");
        b.HasKey(r => r.Hash);
        b.Property(r => r.Hash).HasMaxLength(32);
    }
}

public sealed class PulseWeekKeyConfiguration : IEntityTypeConfiguration<PulseWeekKey>
{
    public void Configure(EntityTypeBuilder<PulseWeekKey> b)
    {
        b.ToTable("PulseWeekKeys");
        b.HasKey(k => new { k.IsoYear, k.IsoWeek });
        b.Property(k => k.Key).HasMaxLength(32);
    }
}
