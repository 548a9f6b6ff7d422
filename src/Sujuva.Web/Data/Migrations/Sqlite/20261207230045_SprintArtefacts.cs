using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SprintArtefacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InterviewScript",
                table: "Sprints",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LongTermGoal",
                table: "Sprints",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MapActors",
                table: "Sprints",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "MapSteps",
                table: "Sprints",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "PrototypeUrl",
                table: "Sprints",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Questions",
                table: "Sprints",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "Storyboard",
                table: "Sprints",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "TargetMoment",
                table: "Sprints",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "SprintFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintFiles_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintTestAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Interview = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ByCustomer = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintTestAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintTestAnswers_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintTestLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Interview = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    IssuedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintTestLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintTestLinks_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SprintFiles_SprintId_UploadedAt",
                table: "SprintFiles",
                columns: new[] { "SprintId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SprintTestAnswers_SprintId_Interview_QuestionId",
                table: "SprintTestAnswers",
                columns: new[] { "SprintId", "Interview", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintTestLinks_SprintId_Interview",
                table: "SprintTestLinks",
                columns: new[] { "SprintId", "Interview" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintTestLinks_TokenHash",
                table: "SprintTestLinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SprintFiles");

            migrationBuilder.DropTable(
                name: "SprintTestAnswers");

            migrationBuilder.DropTable(
                name: "SprintTestLinks");

            migrationBuilder.DropColumn(
                name: "InterviewScript",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "LongTermGoal",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "MapActors",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "MapSteps",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "PrototypeUrl",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "Questions",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "Storyboard",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "TargetMoment",
                table: "Sprints");
        }
    }
}
