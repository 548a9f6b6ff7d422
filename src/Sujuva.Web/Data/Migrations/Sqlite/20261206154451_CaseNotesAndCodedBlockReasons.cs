using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseNotesAndCodedBlockReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WrittenBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId",
                table: "CaseNotes",
                column: "CaseId");

            // Blocks recorded before reasons were coded hold the worker's free text in "Cases"."BlockedReason":
            // it moves to a note (under need-to-know, by the worker who blocked) and the case reads Other.
            // Keep this step when the migrations are regenerated.
            migrationBuilder.Sql("""
                INSERT INTO "CaseNotes" ("CaseId", "Kind", "Text", "WrittenBy", "WrittenAt")
                SELECT c."Id", 'BlockReason', substr(c."BlockedReason", 1, 1000),
                    COALESCE((SELECT e."ActorId" FROM "Events" e WHERE e."CaseId" = c."Id" AND e."Type" = 'CaseBlocked'
                        ORDER BY e."Id" DESC LIMIT 1), '00000000-0000-0000-0000-000000000000'),
                    COALESCE(c."BlockedAt", c."OpenedAt")
                FROM "Cases" c
                WHERE c."BlockedReason" IS NOT NULL AND c."BlockedReason" NOT IN ('WaitingForClient', 'WaitingForOtherService', 'WaitingForDocuments', 'WaitingForDecision', 'Other');
                UPDATE "Cases" SET "BlockedReason" = 'Other'
                WHERE "BlockedReason" IS NOT NULL AND "BlockedReason" NOT IN ('WaitingForClient', 'WaitingForOtherService', 'WaitingForDocuments', 'WaitingForDecision', 'Other');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNotes");
        }
    }
}
