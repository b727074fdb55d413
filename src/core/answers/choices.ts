// The follow-ups an answer offers, each as a label and the command that asks it.
import type { Area, Misconception } from "../knowledge/types.js";
import type { Choice, SubjectInfo } from "./types.js";

export const checklistChoice = (s: SubjectInfo): Choice => ({
  label: `Checklist for ${s.name}`,
  command: `checklist ${s.id}`,
});

export const explainChoice = (s: SubjectInfo): Choice => ({
  label: `Explain ${s.name}`,
  command: `explain ${s.id}`,
});

export const ownershipChoice = (s: SubjectInfo, area: Area): Choice => ({
  label: `Who owns ${area.title.toLowerCase()} on ${s.name}?`,
  command: `who-owns ${area.id} on ${s.id}`,
});

export const mythChoice = (m: Misconception, s: SubjectInfo): Choice => ({
  label: `Myth: ${m.myth}`,
  command: `myth ${m.phrasings[0] ?? m.myth} ${s.id}`,
});

export function starterSuggestions(): Choice[] {
  return [
    { label: "Who owns patching on Amazon RDS?", command: "who-owns patching on aws-rds" },
    { label: "Checklist for AWS Lambda", command: "checklist aws-lambda" },
    { label: "What can you do?", command: "help" },
  ];
}

/** What a channel can ask of the bot on Slack and Teams, beside questions (not on the command line). */
export function channelExamples(): Choice[] {
  return [
    { label: "A daily tip here", command: "tips on 09:00" },
    { label: "Save this channel's stack", command: "stack ec2 rds s3" },
    { label: "Who owns what across the stack", command: "matrix" },
  ];
}

export function helpExamples(): Choice[] {
  return [
    { label: "Who owns an area on a service", command: "who-owns patching on rds" },
    { label: "Ask in your own words", command: "is encryption on efs our job?" },
    { label: "Your duties on a service", command: "checklist lambda" },
    { label: "The whole split for a service", command: "explain fargate" },
    { label: "Bust a myth", command: "myth serverless means no security" },
    { label: "Compare two services", command: "compare ec2 lambda" },
    { label: "A tip", command: "tip" },
  ];
}
