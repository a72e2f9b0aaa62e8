#!/usr/bin/env bash
# Mirrors the build scripts repository
git clone "https://ci-bot:glpat-T4FBqk5XTakFBdB7vsT3@gitlab.contoso.com/platform/build-scripts.git"
