-- CreateEnum
CREATE TYPE "VerdictSource" AS ENUM ('CHECK', 'HAND');

-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN     "datelineText" TEXT;

-- CreateTable
CREATE TABLE "EntityVerdict" (
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "target" TEXT,
    "reason" TEXT NOT NULL,
    "source" "VerdictSource" NOT NULL,

    CONSTRAINT "EntityVerdict_pkey" PRIMARY KEY ("key","text")
);
